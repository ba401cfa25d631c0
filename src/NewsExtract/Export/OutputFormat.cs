namespace NewsExtract.Export;

public enum OutputFormat
{
    Jsonl,
    Json,
    Csv,
}

public static class OutputFormats
{
    /// <summary>The format a file name implies: .json, .csv, anything else JSON Lines.</summary>
    public static OutputFormat FromPath(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".json" => OutputFormat.Json,
        ".csv" => OutputFormat.Csv,
        _ => OutputFormat.Jsonl,
    };
}
