using System.Text;
using System.Text.Json;
using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// One batch over everything that goes wrong in real folders, generated here: every failure is named
/// with its reason (on stderr and in the errors report), no good article is lost, the exit code says so.
/// </summary>
public class BadInputBatchTests
{
    private const string Good = "Acme Corp. signed a contract with Globex Inc. to lease 300 MW for $2 billion a year.";

    [Fact]
    public async Task A_batch_of_bad_files_reports_each_and_keeps_every_good_article()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "in");
        temp.File("in/01-empty.txt", "");
        File.WriteAllBytes(temp.File("in/02-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A, 0x1A]);
        using (var big = File.Create(temp.File("in/03-huge.txt")))
            big.SetLength(50L * 1024 * 1024);
        File.WriteAllBytes(temp.File("in/04-invalid-utf8.txt"), [.. Encoding.UTF8.GetBytes("Title\n\n" + Good + " Caf"), 0xE9, 0xC3, 0x28]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(temp.File("in/05-windows-1252.txt"), Encoding.GetEncoding(1252).GetBytes("L’accord\n\n" + Good));
        temp.File("in/06-truncated.html", "<html><head><title>Deal</title></head><body><article><p>" + Good + "</p><p>Unfinished <b>para");
        temp.File("in/07-malformed.json", "{\"title\": \"x\", \"text\": \"unterminated");
        temp.File("in/08-mixed.jsonl", JsonLine("a") + "\n{not json}\n" + JsonLine("c") + "\n");
        File.CreateSymbolicLink(temp.File("in/09-unreadable.txt"), Path.Combine(temp.Path, "nowhere.txt"));
        Directory.CreateSymbolicLink(temp.File("in/10-loop"), root);
        for (var i = 0; i < 1000; i++)
            temp.File($"in/11-many/{i:D4}.txt", $"Article {i}\n\nAcme Corp. signed a contract with Globex Inc. worth ${i + 1} million.");
        var errorsPath = Path.Combine(temp.Path, "errors.csv");

        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = await new CommandLine(new StringWriter(), () => stdout, stderr).RunAsync(["extract", root, "--errors", errorsPath, "--jobs", "2"]);

        Assert.Equal(CommandLine.SomeFilesFailed, code);
        var sources = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()!)
            .ToArray();
        Assert.Contains("04-invalid-utf8.txt", sources);
        Assert.Contains("05-windows-1252.txt", sources);
        Assert.Contains("06-truncated.html", sources);
        Assert.Contains("08-mixed.jsonl#1", sources);
        Assert.Contains("08-mixed.jsonl#3", sources);
        Assert.Equal(1000, sources.Count(s => s.StartsWith("11-many/")));
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);

        var expected = new Dictionary<string, string>
        {
            ["01-empty.txt"] = "empty file",
            ["02-binary.txt"] = "binary file",
            ["03-huge.txt"] = "file too large",
            ["07-malformed.json"] = "malformed JSON",
            ["08-mixed.jsonl#2"] = "malformed JSON",
            ["09-unreadable.txt"] = "cannot read file",
        };
        var report = File.ReadAllLines(errorsPath).Skip(1).ToArray();
        Assert.Equal(expected.Count, report.Length);
        foreach (var (source, reason) in expected)
        {
            Assert.Contains($"newsextract: {source}: {reason}", stderr.ToString());
            Assert.Contains(report, row => row.StartsWith($"{source},{reason}"));
        }
    }

    private static string JsonLine(string id) =>
        JsonSerializer.Serialize(new { title = "Deal " + id, text = Good });
}
