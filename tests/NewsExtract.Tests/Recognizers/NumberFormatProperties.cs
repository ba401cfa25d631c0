using System.Globalization;
using FsCheck.Xunit;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Tests.Recognizers;

/// <summary>Any amount, written in any French or English number style, reads back to the same value.</summary>
public class NumberFormatProperties
{
    // (language, thousands separator, decimal mark)
    private static readonly (string Language, string Group, string Mark)[] Styles =
    [
        ("fr", " ", ","), ("fr", "\u00A0", ","), ("fr", "\u202F", ","), ("fr", ".", ","), ("fr", "", ","),
        ("en", ",", "."), ("en", "", "."), ("en", "'", "."), ("fr", "'", ","),
    ];

    [Property(MaxTest = 300)]
    public bool Amounts_in_every_style_parse_back(int whole, byte hundredths, byte style)
    {
        var integer = Math.Abs((long)whole) % 100_000_000 + 1;
        var cents = hundredths % 100;
        var (language, group, mark) = Styles[style % Styles.Length];
        var expected = integer + cents / 100m;
        var text = $"Le montant atteint {Format(integer, group)}{(cents == 0 ? "" : mark + cents.ToString("D2", CultureInfo.InvariantCulture))} euros cette fois.";

        var money = TestData.PipelineFor(language).Extract(new Document("p", text, null, 0)).Entities.OfType<MoneyEntity>().SingleOrDefault();
        return money is not null && money.Value == expected && money.Currency == "EUR";
    }

    [Property(MaxTest = 200)]
    public bool Capacities_with_scale_words_parse_back(int whole, byte tenths)
    {
        var integer = Math.Abs((long)whole) % 1000 + 1;
        var fraction = tenths % 10;
        var fr = TestData.PipelineFor("fr").Extract(new Document("p", $"Une centrale de {integer},{fraction} gigawatts.", null, 0)).Entities.OfType<CapacityEntity>().Single();
        var en = TestData.PipelineFor("en").Extract(new Document("p", $"A plant of {integer}.{fraction} GW.", null, 0)).Entities.OfType<CapacityEntity>().Single();
        var expected = integer + fraction / 10m;
        return fr.Value == expected && en.Value == expected && fr.Base == expected * 1_000_000_000m && en.Base == fr.Base;
    }

    private static string Format(long value, string group)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        if (group.Length == 0)
            return digits;
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        return string.Join(group, groups);
    }
}
