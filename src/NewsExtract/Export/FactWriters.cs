namespace NewsExtract.Export;

public static class FactWriters
{
    public static IFactWriter Create(OutputFormat format, Stream stream, string delimiter = ",") => format switch
    {
        OutputFormat.Json => new JsonArrayWriter(stream),
        OutputFormat.Csv => new CsvDealWriter(stream, delimiter),
        _ => new JsonLinesWriter(stream),
    };
}
