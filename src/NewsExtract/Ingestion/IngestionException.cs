namespace NewsExtract.Ingestion;

/// <summary>A file that cannot be read as an article; the message says why, for the user.</summary>
public sealed class IngestionException(string message, Exception? inner = null) : Exception(message, inner);
