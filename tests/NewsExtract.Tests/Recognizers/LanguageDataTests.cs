using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Tests.Recognizers;

/// <summary>Language knowledge lives in data files: editing one changes behaviour with no code change.</summary>
public class LanguageDataTests
{
    [Fact]
    public void A_currency_added_to_the_data_file_is_recognized()
    {
        using var temp = new TempFolder();
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Languages"), temp.Path);
        var document = new Document("t.txt", "Equinor will pay 40 billion kroner for the field.", null, 0);

        var before = Pipeline.Load(new PipelineOptions { LanguagesDirectory = temp.Path, ForcedLanguage = "en" }).Extract(document);
        File.AppendAllText(Path.Combine(temp.Path, "en", "currencies.tsv"), "kroner\tNOK\n");
        var after = Pipeline.Load(new PipelineOptions { LanguagesDirectory = temp.Path, ForcedLanguage = "en" }).Extract(document);

        Assert.DoesNotContain(before.Entities, e => e is MoneyEntity);
        var money = Assert.Single(after.Entities.OfType<MoneyEntity>());
        Assert.Equal(40_000_000_000m, money.Value);
        Assert.Equal("NOK", money.Currency);
    }

    [Fact]
    public void A_malformed_data_line_is_reported_with_its_file_and_line()
    {
        using var temp = new TempFolder();
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Languages"), temp.Path);
        File.AppendAllText(Path.Combine(temp.Path, "fr", "units.tsv"), "gigawatts\tGW\n");

        var error = Assert.Throws<InvalidDataException>(() => Pipeline.Load(new PipelineOptions { LanguagesDirectory = temp.Path }));
        Assert.Contains("units.tsv", error.Message);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
