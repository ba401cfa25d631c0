namespace NewsExtract.Ingestion;

/// <summary>A reader of a binary format (PDF) that takes the file's bytes rather than decoded text.</summary>
public interface IBinaryArticleReader : IArticleReader
{
    ReadResult Read(string source, byte[] bytes);
}
