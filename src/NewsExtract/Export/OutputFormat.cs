namespace NewsExtract.Export;

public enum OutputFormat
{
    Jsonl,
    Json,
    Csv,
    Xlsx,
}

public static class OutputFormats
{
    /// <summary>The format a file name implies: .json, .csv, .xlsx, anything else JSON Lines.</summary>
    public static OutputFormat FromPath(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".json" => OutputFormat.Json,
        ".csv" => OutputFormat.Csv,
        ".xlsx" => OutputFormat.Xlsx,
        _ => OutputFormat.Jsonl,
    };
}
