namespace NewsExtract.Ingestion;

/// <summary>
/// JSON Lines, as news APIs export them: one article object per line, named "file.jsonl#N" by its line
/// number. A bad line is reported on its own; the good lines around it are still read.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    public IEnumerable<string> Extensions => [".jsonl", ".ndjson"];

    public ReadResult Read(string source, string text)
    {
        var documents = new List<Document>();
        var failures = new List<ReadFailure>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
                continue;
            var lineSource = $"{source}#{lineNumber}";
            try
            {
                documents.Add(JsonArticleReader.Parse(lineSource, line));
            }
            catch (IngestionException e)
            {
                failures.Add(new ReadFailure(lineSource, e.Message));
            }
        }
        if (documents.Count == 0 && failures.Count == 0)
            throw new IngestionException("no article lines in file");
        return new ReadResult(documents, failures);
    }
}
