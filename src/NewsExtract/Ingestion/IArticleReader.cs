namespace NewsExtract.Ingestion;

/// <summary>Reads the articles of one file format from decoded text.</summary>
public interface IArticleReader
{
    IEnumerable<string> Extensions { get; }

    ReadResult Read(string source, string text);
}
