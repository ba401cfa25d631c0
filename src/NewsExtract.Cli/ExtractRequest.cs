using NewsExtract.Export;

namespace NewsExtract.Cli;

/// <summary>Everything `newsextract extract` was asked to do.</summary>
public sealed record ExtractRequest(
    string[] Paths,
    string? Output,
    OutputFormat? Format,
    string Language,
    int Jobs,
    ExportOptions Export,
    string? ErrorsPath,
    long MaxBytes,
    Shard Shard,
    bool Quiet,
    string? Models = null)
{
    public bool FromStdin => Paths is ["-"];
}
