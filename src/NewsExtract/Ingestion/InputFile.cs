namespace NewsExtract.Ingestion;

/// <summary>A file to read: where it is, and its name in the output (relative to its input root, '/'-separated).</summary>
public sealed record InputFile(string Path, string Source);
