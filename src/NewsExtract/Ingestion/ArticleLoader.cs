namespace NewsExtract.Ingestion;

/// <summary>Reads a file into its articles with the reader its extension names.</summary>
public sealed class ArticleLoader
{
    private readonly Dictionary<string, IArticleReader> _readers = new(StringComparer.OrdinalIgnoreCase);

    public ArticleLoader(IEnumerable<IArticleReader> readers)
    {
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                _readers[extension] = reader;
    }

    public static ArticleLoader Default { get; } = new([new PlainTextReader(), new MarkdownReader(), new HtmlArticleReader(), new JsonArticleReader()]);

    public bool Supports(string path) => _readers.ContainsKey(Path.GetExtension(path));

    /// <summary>The articles of a file; an <see cref="IngestionException"/> says why a file cannot be read.</summary>
    public IReadOnlyList<Document> Load(InputFile file)
    {
        if (!_readers.TryGetValue(Path.GetExtension(file.Path), out var reader))
            throw new IngestionException($"unsupported file type '{Path.GetExtension(file.Path)}' (supported: {string.Join(", ", _readers.Keys.Order(StringComparer.Ordinal))})");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new IngestionException($"cannot read file: {e.Message}", e);
        }
        return reader.Read(file.Source, TextDecoder.Decode(bytes));
    }
}
