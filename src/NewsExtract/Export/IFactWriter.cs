using NewsExtract.Ingestion;

namespace NewsExtract.Export;

/// <summary>Writes article results to a stream in one format; <see cref="Complete"/> closes the document.</summary>
public interface IFactWriter : IDisposable
{
    void Write(ArticleResult article);

    /// <summary>A file or article that could not be read; formats with a place for errors keep it.</summary>
    void Write(ReadFailure failure)
    {
    }

    void Complete();
}
