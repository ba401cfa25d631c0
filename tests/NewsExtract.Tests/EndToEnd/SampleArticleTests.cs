using System.Globalization;
using System.Text.Json;
using NewsExtract.Deals;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Tests.EndToEnd;

/// <summary>
/// Every article of corpus/samples against its expected facts in corpus/expected: the deals (as a set,
/// every field) and the entities that must be found.
/// </summary>
public class SampleArticleTests
{
    private static string[] SampleNames() =>
        Directory.GetFiles(TestData.Corpus("samples"), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(TestData.Corpus("samples"), file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static TheoryData<string> Samples() => new(SampleNames());

    [Fact]
    public void Samples_cover_both_languages_and_the_structured_formats()
    {
        var samples = SampleNames();
        Assert.True(samples.Count(s => s.StartsWith("fr/")) >= 4);
        Assert.True(samples.Count(s => s.StartsWith("en/")) >= 4);
        Assert.Contains(samples, s => s.EndsWith(".html"));
        Assert.Contains(samples, s => s.EndsWith(".json"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_gives_its_expected_facts(string sample)
    {
        var expectedPath = TestData.Corpus("expected", sample + ".json");
        Assert.True(File.Exists(expectedPath), $"no expected facts for {sample}");
        using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var file = new InputFile(TestData.Corpus("samples", sample), sample);
        var document = Assert.Single(ArticleLoader.Default.Load(file).Documents);
        var result = TestData.Pipeline.Extract(document);

        Assert.Equal(expected.RootElement.GetProperty("language").GetString(), result.Language);
        var expectedDeals = expected.RootElement.GetProperty("deals").EnumerateArray().Select(Describe).Order().ToArray();
        var actualDeals = result.Deals.Select(Describe).Order().ToArray();
        Assert.Equal(expectedDeals, actualDeals);

        foreach (var entity in expected.RootElement.GetProperty("entities").EnumerateArray())
            Assert.True(result.Entities.Any(e => Matches(entity, e)), $"{sample}: entity not found: {entity}");
        foreach (var deal in result.Deals)
            Assert.Equal(document.Text[deal.Evidence.Start..deal.Evidence.End], deal.Evidence.Text);
        foreach (var entity in result.Entities)
            Assert.Equal(document.Text[entity.Start..entity.End], entity.Text);
    }

    private static string Describe(JsonElement deal)
    {
        var parties = deal.GetProperty("parties").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}:{p.GetProperty("role").GetString()}").Order();
        var amount = deal.GetProperty("amount") is { ValueKind: JsonValueKind.Object } a
            ? $"{a.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)} {a.GetProperty("currency").GetString()} {(a.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : "-")}"
            : "-";
        var capacity = deal.GetProperty("capacity") is { ValueKind: JsonValueKind.Object } c
            ? $"{c.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)} {c.GetProperty("unit").GetString()}"
            : "-";
        var locations = string.Join(",", deal.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        return $"{deal.GetProperty("type").GetString()} [{string.Join(", ", parties)}] amount={amount} capacity={capacity} " +
               $"locations={locations} start={Optional(deal, "start")} project={Optional(deal, "project")}";
    }

    private static string Describe(Deal deal) =>
        $"{deal.Type} [{string.Join(", ", deal.Parties.Select(p => $"{p.Name}:{p.Role}").Order())}] " +
        $"amount={(deal.Amount is { } a ? $"{a.Value?.ToString(CultureInfo.InvariantCulture)} {a.Currency} {a.Period ?? "-"}" : "-")} " +
        $"capacity={(deal.Capacity is { } c ? $"{c.Value?.ToString(CultureInfo.InvariantCulture)} {c.Unit}" : "-")} " +
        $"locations={string.Join(",", deal.Locations)} start={deal.Start ?? "-"} project={deal.Project ?? "-"}";

    private static string Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "-";

    private static bool Matches(JsonElement expected, Entity actual)
    {
        if (expected.GetProperty("type").GetString() != actual.Type)
            return false;
        return actual switch
        {
            NamedEntity n => n.Name == expected.GetProperty("name").GetString(),
            MoneyEntity m => m.Value == expected.GetProperty("value").GetDecimal() && m.Currency == expected.GetProperty("currency").GetString(),
            CapacityEntity c => c.Value == expected.GetProperty("value").GetDecimal() && c.Unit == expected.GetProperty("unit").GetString(),
            DateEntity d => d.Value == expected.GetProperty("value").GetString(),
            _ => false,
        };
    }
}
