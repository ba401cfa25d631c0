namespace NewsExtract.Export;

public static class FactWriters
{
    public static IFactWriter Create(OutputFormat format, Stream stream, ExportOptions? options = null)
    {
        options ??= new ExportOptions();
        return format switch
        {
            OutputFormat.Json => new JsonArrayWriter(stream),
            OutputFormat.Csv when options.Shape == TableShape.Entities => new CsvTableWriter<EntityCsvRow>(stream, options, EntityCsvRow.From),
            OutputFormat.Csv => new CsvTableWriter<DealCsvRow>(stream, options, DealCsvRow.From),
            OutputFormat.Xlsx => new XlsxWriter(stream, options),
            _ => new JsonLinesWriter(stream),
        };
    }
}
