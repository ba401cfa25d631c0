using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace NewsExtract.Export;

/// <summary>
/// CSV, one row per deal (RFC 4180 quoting, invariant-culture numbers). UTF-8 with a BOM by default so
/// spreadsheets show accents; cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public sealed class CsvDealWriter : IFactWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CsvDealWriter(Stream stream, string delimiter = ",", bool byteOrderMark = true)
    {
        _text = new StreamWriter(stream, new UTF8Encoding(byteOrderMark), leaveOpen: true);
        _csv = new CsvWriter(_text, Configuration(delimiter));
        _csv.WriteHeader<DealCsvRow>();
        _csv.NextRecord();
    }

    public static CsvConfiguration Configuration(string delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter,
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
    };

    public void Write(ArticleResult article)
    {
        foreach (var row in DealCsvRow.From(article))
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
