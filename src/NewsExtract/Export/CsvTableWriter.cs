using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace NewsExtract.Export;

/// <summary>
/// CSV with CsvHelper, one row per deal or per entity (RFC 4180 quoting, invariant-culture numbers).
/// UTF-8 with a BOM by default so spreadsheets show accents; cells that a spreadsheet would run as a
/// formula are escaped unless raw cells are asked for.
/// </summary>
public sealed class CsvTableWriter<TRow> : IFactWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly Func<ArticleResult, IEnumerable<TRow>> _rows;

    public CsvTableWriter(Stream stream, ExportOptions options, Func<ArticleResult, IEnumerable<TRow>> rows)
    {
        _rows = rows;
        _text = new StreamWriter(stream, new UTF8Encoding(options.ByteOrderMark), leaveOpen: true);
        _csv = new CsvWriter(_text, Configuration(options));
        _csv.WriteHeader<TRow>();
        _csv.NextRecord();
    }

    public static CsvConfiguration Configuration(ExportOptions options) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = options.Delimiter,
        NewLine = "\r\n",
        InjectionOptions = options.RawCells ? InjectionOptions.None : InjectionOptions.Escape,
    };

    public void Write(ArticleResult article)
    {
        foreach (var row in _rows(article))
        {
            _csv.WriteRecord(row);
            _csv.NextRecord();
        }
    }

    public void Complete() => _csv.Flush();

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
