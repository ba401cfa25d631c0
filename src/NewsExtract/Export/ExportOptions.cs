namespace NewsExtract.Export;

/// <summary>What a table row stands for: a deal (the default) or an entity mention.</summary>
public enum TableShape
{
    Deals,
    Entities,
}

public sealed record ExportOptions
{
    public string Delimiter { get; init; } = ",";

    /// <summary>Start CSV files with a UTF-8 byte order mark, so spreadsheets show accents.</summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>Leave cells that a spreadsheet would run as formulas as they are (otherwise prefixed with ').</summary>
    public bool RawCells { get; init; }

    public TableShape Shape { get; init; } = TableShape.Deals;
}
