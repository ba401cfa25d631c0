using System.Globalization;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Tests.Recognizers;

/// <summary>
/// Runs every line of Examples/&lt;lang&gt;/&lt;recognizer&gt;.tsv: the text goes through the whole analysis with its
/// language forced, and the entities of the file's type, rendered, must equal the expected column.
/// Each line is its own test case, named by its file and line number.
/// </summary>
public class RecognizerExampleTests
{
    private static readonly Dictionary<string, string> TypeOfFile = new()
    {
        ["money"] = EntityTypes.Money,
        ["capacity"] = EntityTypes.Capacity,
        ["date"] = EntityTypes.Date,
        ["location"] = EntityTypes.Location,
        ["organization"] = EntityTypes.Organization,
        ["project"] = EntityTypes.Project,
    };

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var path in Directory.GetFiles(TestData.Examples(), "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!TypeOfFile.ContainsKey(Path.GetFileNameWithoutExtension(path)))
                continue; // tokens.tsv and sentences.tsv belong to the text analysis tests
            var name = $"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}";
            foreach (var (line, columns) in TestData.ExampleLines(path))
                data.Add(name, line, columns[0], columns[1]);
        }
        return data;
    }

    [Fact]
    public void Every_recognizer_has_examples_in_every_language()
    {
        foreach (var language in new[] { "en", "fr" })
            foreach (var file in TypeOfFile.Keys)
                Assert.True(File.Exists(TestData.Examples(language, file + ".tsv")), $"missing Examples/{language}/{file}.tsv");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string file, int line, string text, string expected)
    {
        var language = file.Split('/')[0];
        var type = TypeOfFile[Path.GetFileNameWithoutExtension(file.Split('/')[1])];
        var result = TestData.PipelineFor(language).Extract(new Document("example", text, null, 0));
        var rendered = result.Entities.Where(e => e.Type == type).Select(Render).ToArray();
        Assert.True(expected == (rendered.Length == 0 ? "-" : string.Join(" | ", rendered)),
            $"{file}:{line}: \"{text}\"\n  expected: {expected}\n  found:    {(rendered.Length == 0 ? "-" : string.Join(" | ", rendered))}");
    }

    /// <summary>
    /// money "VALUE CUR PERIOD", capacity "VALUE UNIT = BASE BASEUNIT", a range as "MIN..MAX" in place of
    /// the value, then " [qualifier]" and " DURATION" when present; dates "VALUE" then " [qualifier]".
    /// </summary>
    private static string Render(Entity entity) => entity switch
    {
        MoneyEntity m => $"{Amount(m.Value, m.Min, m.Max)} {m.Currency} {m.Period ?? "-"}{Qualifier(m.Qualifier)}{(m.Duration is null ? "" : " " + m.Duration)}",
        CapacityEntity c => $"{Amount(c.Value, c.Min, c.Max)} {c.Unit} = {(c.Base is null ? "-" : Number(c.Base))} {c.BaseUnit}{Qualifier(c.Qualifier)}",
        DateEntity d => $"{d.Value ?? "?"}{Qualifier(d.Qualifier)}",
        NamedEntity n => n.Name,
        _ => entity.Text,
    };

    private static string Amount(decimal? value, decimal? min, decimal? max) =>
        value is null ? $"{Number(min)}..{Number(max)}" : Number(value);

    private static string Qualifier(string? qualifier) => qualifier is null ? "" : $" [{qualifier}]";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
