using MiniExcelLibs;
using NewsExtract.Ingestion;

namespace NewsExtract.Export;

/// <summary>
/// An Excel workbook (MiniExcel) with three sheets: deals, entities and errors; numbers are stored as
/// numbers. A workbook is written in one go, so rows are kept until <see cref="Complete"/>.
/// </summary>
public sealed class XlsxWriter(Stream stream, ExportOptions options) : IFactWriter
{
    private readonly List<Dictionary<string, object?>> _deals = [];
    private readonly List<Dictionary<string, object?>> _entities = [];
    private readonly List<Dictionary<string, object?>> _errors = [];

    public void Write(ArticleResult article)
    {
        _deals.AddRange(DealCsvRow.From(article).Select(Row));
        _entities.AddRange(EntityCsvRow.From(article).Select(Row));
    }

    public void Write(ReadFailure failure) => _errors.Add(Row(FailureRow.From(failure)));

    public void Complete()
    {
        var sheets = new Dictionary<string, object>
        {
            ["deals"] = WithHeader<DealCsvRow>(_deals),
            ["entities"] = WithHeader<EntityCsvRow>(_entities),
            ["errors"] = WithHeader<FailureRow>(_errors),
        };
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    public void Dispose()
    {
    }

    // An empty sheet still gets its header row, so the workbook always has the same columns.
    private static List<Dictionary<string, object?>> WithHeader<TRow>(List<Dictionary<string, object?>> rows) =>
        rows.Count > 0 ? rows : [Columns<TRow>().ToDictionary(c => c.Name, _ => (object?)null)];

    private Dictionary<string, object?> Row<TRow>(TRow row)
    {
        var cells = new Dictionary<string, object?>();
        foreach (var (name, property) in Columns<TRow>())
        {
            var value = property.GetValue(row);
            cells[name] = value is string text && !options.RawCells ? CellText.Neutralize(text) : value;
        }
        return cells;
    }

    private static IEnumerable<(string Name, System.Reflection.PropertyInfo Property)> Columns<TRow>() =>
        typeof(TRow).GetProperties()
            .Select(p => (Attribute: p.GetCustomAttributes(typeof(CsvHelper.Configuration.Attributes.NameAttribute), false).Cast<CsvHelper.Configuration.Attributes.NameAttribute>().FirstOrDefault(),
                          Index: p.GetCustomAttributes(typeof(CsvHelper.Configuration.Attributes.IndexAttribute), false).Cast<CsvHelper.Configuration.Attributes.IndexAttribute>().FirstOrDefault(),
                          Property: p))
            .Where(c => c.Attribute is not null)
            .OrderBy(c => c.Index?.Index ?? int.MaxValue)
            .Select(c => (c.Attribute!.Names[0], c.Property));
}
