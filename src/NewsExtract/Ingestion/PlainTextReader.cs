namespace NewsExtract.Ingestion;

/// <summary>
/// Plain text: the whole file is the article. A short first line followed by a blank line or by a
/// longer paragraph is its headline.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    private const int MaxTitleLength = 200;

    public IEnumerable<string> Extensions => [".txt"];

    public ReadResult Read(string source, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new IngestionException("no text in file");
        var (title, bodyStart) = FindTitle(text);
        return ReadResult.Of(new Document(source, text, title, bodyStart));
    }

    internal static (string? Title, int BodyStart) FindTitle(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
            return (null, 0);
        var firstLine = text[start..lineEnd].TrimEnd('\r').Trim();
        var rest = text[(lineEnd + 1)..];
        var nextLine = rest.Split('\n', 2)[0].TrimEnd('\r');
        var isTitle = firstLine.Length is > 0 and <= MaxTitleLength && rest.Trim().Length > 0
                      && (nextLine.Trim().Length == 0 || nextLine.Length > firstLine.Length);
        return isTitle ? (firstLine, lineEnd + 1) : (null, 0);
    }
}
