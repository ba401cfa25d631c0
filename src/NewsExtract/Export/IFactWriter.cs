namespace NewsExtract.Export;

/// <summary>Writes article results to a stream in one format; <see cref="Complete"/> closes the document.</summary>
public interface IFactWriter : IDisposable
{
    void Write(ArticleResult article);

    void Complete();
}
