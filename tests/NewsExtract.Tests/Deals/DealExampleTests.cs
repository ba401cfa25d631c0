using System.Globalization;
using NewsExtract.Deals;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Deals;

/// <summary>
/// Runs every line of Examples/&lt;lang&gt;/deals.tsv through the whole pipeline (shipped models included)
/// with its language forced: the deals found, rendered, must equal the expected column. A new way of
/// stating a deal is handled by adding its line here.
/// </summary>
public class DealExampleTests
{
    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var language in new[] { "en", "fr" })
            foreach (var (line, columns) in TestData.ExampleLines(TestData.Examples(language, "deals.tsv")))
                data.Add($"{language}/deals.tsv", line, columns[0], columns[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string file, int line, string text, string expected)
    {
        var language = file.Split('/')[0];
        var deals = TestData.PipelineFor(language).Extract(new Document("example", text, null, 0)).Deals;
        var rendered = deals.Count == 0 ? "-" : string.Join(" || ", deals.Select(Render));
        Assert.True(expected == rendered, $"{file}:{line}: \"{text}\"\n  expected: {expected}\n  found:    {rendered}");
    }

    /// <summary>"type: Name (role), Name (role); VALUE CUR [period]; VALUE UNIT", '-' for a missing amount or capacity.</summary>
    private static string Render(Deal deal)
    {
        var parties = string.Join(", ", deal.Parties.Select(p => $"{p.Name} ({p.Role})"));
        var amount = deal.Amount is { } a
            ? string.Join(" ", new[] { a.Value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "?", a.Currency, a.Period }.OfType<string>())
            : "-";
        var capacity = deal.Capacity is { } c ? $"{c.Value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "?"} {c.Unit}" : "-";
        return $"{deal.Type}: {parties}; {amount}; {capacity}";
    }
}
