namespace NewsExtract.Export;

/// <summary>
/// Spreadsheet formula injection: a cell starting with =, +, -, @, tab or carriage return can run as a
/// formula when opened; OWASP's advice is to prefix it with a single quote.
/// </summary>
public static class CellText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static string? Neutralize(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
