namespace NewsExtract.Ingestion;

/// <summary>Reads a file into its articles with the reader its extension names.</summary>
public sealed class ArticleLoader
{
    /// <summary>Files larger than this are not read (a log or a dump, not an article) unless the limit is raised.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private readonly Dictionary<string, IArticleReader> _readers = new(StringComparer.OrdinalIgnoreCase);

    public ArticleLoader(IEnumerable<IArticleReader> readers, long maxBytes = DefaultMaxBytes)
    {
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                _readers[extension] = reader;
        MaxBytes = maxBytes;
    }

    public static IArticleReader[] StandardReaders =>
        [new PlainTextReader(), new MarkdownReader(), new HtmlArticleReader(), new JsonArticleReader(), new JsonLinesReader(), new PdfArticleReader()];

    public static ArticleLoader Default { get; } = new(StandardReaders);

    public long MaxBytes { get; }

    public bool Supports(string path) => _readers.ContainsKey(Path.GetExtension(path));

    /// <summary>The articles of a file; an <see cref="IngestionException"/> says why a whole file cannot be read.</summary>
    public ReadResult Load(InputFile file)
    {
        if (!_readers.TryGetValue(Path.GetExtension(file.Path), out var reader))
            throw new IngestionException($"unsupported file type: '{Path.GetExtension(file.Path)}' (supported: {string.Join(", ", _readers.Keys.Order(StringComparer.Ordinal))})");
        byte[] bytes;
        try
        {
            var length = new FileInfo(file.Path).Length;
            if (length > MaxBytes)
                throw new IngestionException($"file too large: {length:N0} bytes, over the limit of {MaxBytes:N0} (--max-bytes)");
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new IngestionException($"cannot read file: {e.Message}", e);
        }
        if (reader is IBinaryArticleReader binary)
            return bytes.Length == 0 ? throw new IngestionException("empty file") : binary.Read(file.Source, bytes);
        return reader.Read(file.Source, TextDecoder.Decode(bytes));
    }
}
