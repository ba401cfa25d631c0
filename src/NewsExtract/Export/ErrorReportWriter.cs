using System.Text;
using System.Text.Json;
using CsvHelper;
using NewsExtract.Ingestion;

namespace NewsExtract.Export;

/// <summary>The --errors report: one row per file or article that failed, as CSV, or JSON Lines for any other extension.</summary>
public sealed class ErrorReportWriter : IDisposable
{
    private readonly StreamWriter _text;
    private readonly CsvWriter? _csv;

    public ErrorReportWriter(Stream stream, bool csv, ExportOptions options)
    {
        _text = new StreamWriter(stream, new UTF8Encoding(csv && options.ByteOrderMark), leaveOpen: true);
        if (csv)
        {
            _csv = new CsvWriter(_text, CsvTableWriter<FailureRow>.Configuration(options));
            _csv.WriteHeader<FailureRow>();
            _csv.NextRecord();
        }
    }

    public void Write(ReadFailure failure)
    {
        var row = FailureRow.From(failure);
        if (_csv is not null)
        {
            _csv.WriteRecord(row);
            _csv.NextRecord();
            return;
        }
        _text.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["path"] = row.Path, ["reason"] = row.Reason, ["detail"] = row.Detail }, ArticleJson.SerializerOptions));
        _text.Write('\n');
    }

    public void Dispose()
    {
        _csv?.Dispose();
        _text.Dispose();
    }
}
