namespace NewsExtract.Ingestion;

/// <summary>The articles read from one file, and the parts of it that could not be read (one bad line of a JSON Lines file).</summary>
public sealed record ReadResult(IReadOnlyList<Document> Documents, IReadOnlyList<ReadFailure> Failures)
{
    public static ReadResult Of(Document document) => new([document], []);
}

/// <summary>An article or file that could not be read: where (a file, or "file.jsonl#12"), and why.</summary>
public sealed record ReadFailure(string Source, string Reason);
