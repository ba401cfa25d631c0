using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using NewsExtract.Export;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Export;

public class ExportTests
{
    private static ArticleResult Sample() => TestData.Pipeline.Extract(new Document("fr/a.txt",
        "=Contrat signé\n\nOpen AI a signé un contrat avec Oracle pour louer 4,5 gigawatts, dans un accord évalué à 30 milliards de dollars par an, au Texas.",
        "=Contrat signé", 16));

    private static byte[] Write(OutputFormat format, string delimiter = ",", params ArticleResult[] articles)
    {
        using var stream = new MemoryStream();
        using (var writer = FactWriters.Create(format, stream, new ExportOptions { Delimiter = delimiter }))
        {
            foreach (var article in articles)
                writer.Write(article);
            writer.Complete();
        }
        return stream.ToArray();
    }

    [Fact]
    public void Csv_reads_back_with_CsvHelper_one_row_per_deal()
    {
        var article = Sample();
        var bytes = Write(OutputFormat.Csv, ";", article);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes)), CsvTableWriter<DealCsvRow>.Configuration(new ExportOptions { Delimiter = ";" }));
        var rows = reader.GetRecords<DealCsvRow>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("lease", row.Type);
        Assert.Equal("OpenAI (customer); Oracle (provider)", row.Parties);
        Assert.Equal(30_000_000_000m, row.AmountValue);
        Assert.Equal("year", row.AmountPeriod);
        Assert.Equal(4.5m, row.CapacityValue);
        Assert.Equal(4_500_000_000m, row.CapacityBase);
        Assert.Equal("Texas", row.Locations);
        Assert.Equal(article.Deals[0].Evidence.Text, row.Evidence);
    }

    [Fact]
    public void Csv_escapes_cells_a_spreadsheet_would_run_as_formulas()
    {
        var text = Encoding.UTF8.GetString(Write(OutputFormat.Csv, ",", Sample()));
        Assert.DoesNotContain(",=Contrat", text);
        Assert.Contains("'=Contrat", text);
    }

    [Fact]
    public void Csv_numbers_use_the_invariant_culture_whatever_the_current_one()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            var text = Encoding.UTF8.GetString(Write(OutputFormat.Csv, ";", Sample()));
            Assert.Contains(";4.5;", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Json_lines_parse_back_with_the_contract_fields()
    {
        var article = Sample();
        var lines = Encoding.UTF8.GetString(Write(OutputFormat.Jsonl, ",", article, article)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        Assert.Equal("fr/a.txt", root.GetProperty("source").GetString());
        Assert.Equal("fr", root.GetProperty("language").GetString());
        var deal = root.GetProperty("deals")[0];
        Assert.Equal("lease", deal.GetProperty("type").GetString());
        Assert.Equal(30_000_000_000m, deal.GetProperty("amount").GetProperty("value").GetDecimal());
        Assert.Equal("USD", deal.GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal("GW", deal.GetProperty("capacity").GetProperty("unit").GetString());
        Assert.Equal(4_500_000_000m, deal.GetProperty("capacity").GetProperty("base").GetDecimal());
        var evidence = deal.GetProperty("evidence");
        var start = evidence.GetProperty("start").GetInt32();
        var end = evidence.GetProperty("end").GetInt32();
        Assert.Equal(evidence.GetProperty("text").GetString(), Sample().Deals[0].Evidence.Text);
        Assert.True(end > start);
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
            Assert.True(entity.GetProperty("end").GetInt32() > entity.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Json_array_parses_back()
    {
        using var json = JsonDocument.Parse(Write(OutputFormat.Json, ",", Sample(), Sample()));
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("OpenAI", json.RootElement[0].GetProperty("deals")[0].GetProperty("parties")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("facts.csv", OutputFormat.Csv)]
    [InlineData("facts.JSON", OutputFormat.Json)]
    [InlineData("facts.jsonl", OutputFormat.Jsonl)]
    [InlineData(null, OutputFormat.Jsonl)]
    public void Format_follows_the_output_extension(string? path, OutputFormat expected)
    {
        Assert.Equal(expected, OutputFormats.FromPath(path));
    }
}
