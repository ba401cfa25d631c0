using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

public class BatchFeatureTests
{
    private const string Deal = "Acme Corp. signed a contract with Globex Inc. to lease 300 MW for $2 billion a year.";

    private static async Task<(int Code, string Stdout, string Stderr)> Invoke(string[] args, string? stdin = null)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = await new CommandLine(new StringWriter(), () => stdout, stderr, stdin is null ? null : new StringReader(stdin)).RunAsync(args);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static string[] Sources(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToArray();

    [Fact]
    public async Task Stdin_articles_get_one_result_line_each_named_by_their_id()
    {
        var input = "{\"id\": \"a-1\", \"title\": \"T\", \"text\": \"" + Deal + "\"}\n\n{\"source\": \"b\", \"text\": \"No deal here.\"}\nnot json\n";
        var (code, stdout, stderr) = await Invoke(["extract", "-"], input);

        Assert.Equal(CommandLine.SomeFilesFailed, code);
        Assert.Equal(["a-1", "b"], Sources(stdout));
        Assert.Contains("stdin#4: malformed JSON", stderr);
        Assert.Contains("\"type\":\"lease\"", stdout.Split('\n')[0]);
    }

    [Fact]
    public async Task Shards_split_a_folder_and_together_give_the_whole_run()
    {
        var samples = TestData.Corpus("samples");
        var whole = (await Invoke(["extract", samples, "--quiet"])).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>();
        for (var i = 0; i < 3; i++)
            parts.AddRange((await Invoke(["extract", samples, "--shard", $"{i}/3"])).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(whole.Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
        Assert.Equal(CommandLine.UsageError, (await Invoke(["extract", samples, "--shard", "3/3"])).Code);
    }

    [Fact]
    public async Task A_duplicate_article_is_reported_and_not_extracted_again()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", "Title\n\n" + Deal);
        temp.File("b.txt", "Title\n\n" + Deal.Replace(" ", "  "));
        var (_, stdout, stderr) = await Invoke(["extract", temp.Path]);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.False(lines[0].TryGetProperty("duplicate_of", out _));
        Assert.Equal("a.txt", lines[1].GetProperty("duplicate_of").GetString());
        Assert.Equal(0, lines[1].GetProperty("deals").GetArrayLength());
        Assert.Contains("1 duplicates", stderr);
    }

    [Fact]
    public async Task Csv_entity_shape_gives_one_row_per_mention_with_its_sentence()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", "Title\n\n" + Deal + " Nothing else.");
        var output = Path.Combine(temp.Path, "entities.csv");
        await Invoke(["extract", Path.Combine(temp.Path, "in"), "-o", output, "--shape", "entities", "--no-bom"]);
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("source,language,type,text,name,value", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("a.txt,en,MONEY,$2 billion a year,,2000000000,USD,year") && l.EndsWith(Deal));
        Assert.NotEqual(0xFEFF, File.ReadAllText(output)[0]);
    }

    [Fact]
    public async Task Xlsx_has_deals_entities_and_errors_sheets_with_numbers_as_numbers_and_formulas_escaped()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", "=HYPERLINK(\"http://x\")\n\n" + Deal);
        temp.File("in/b.txt", "");
        var output = Path.Combine(temp.Path, "facts.xlsx");
        var (code, _, _) = await Invoke(["extract", Path.Combine(temp.Path, "in"), "-o", output]);

        Assert.Equal(CommandLine.SomeFilesFailed, code);
        Assert.Equal(["deals", "entities", "errors"], MiniExcel.GetSheetNames(output));
        var deal = (IDictionary<string, object>)MiniExcel.Query(output, useHeaderRow: true, sheetName: "deals").Single();
        Assert.Equal(2_000_000_000d, Convert.ToDouble(deal["amount_value"]));
        Assert.IsNotType<string>(deal["amount_value"]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", deal["title"]);
        var error = (IDictionary<string, object>)MiniExcel.Query(output, useHeaderRow: true, sheetName: "errors").Single();
        Assert.Equal("b.txt", error["path"]);
        Assert.Equal("empty file", error["reason"]);
    }

    [Fact]
    public async Task Raw_cells_leave_formula_like_text_as_it_is()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", "=1+1\n\n" + Deal);
        var escaped = Path.Combine(temp.Path, "escaped.csv");
        var raw = Path.Combine(temp.Path, "raw.csv");
        await Invoke(["extract", Path.Combine(temp.Path, "in"), "-o", escaped]);
        await Invoke(["extract", Path.Combine(temp.Path, "in"), "-o", raw, "--raw-cells"]);
        Assert.Contains(",\"'=1+1\",", File.ReadAllText(escaped));
        Assert.Contains(",=1+1,", File.ReadAllText(raw));
    }
}
