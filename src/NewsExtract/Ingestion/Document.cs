namespace NewsExtract.Ingestion;

/// <summary>
/// An article as read from its file. <see cref="Text"/> is what offsets point into: for plain text the
/// decoded file; for HTML and JSON the title, a blank line, then the body text.
/// </summary>
public sealed record Document(string Source, string Text, string? Title, int BodyStart, string? Published = null, string? Url = null)
{
    /// <summary>A document from a title and a body, laid out as structured formats are.</summary>
    public static Document FromParts(string source, string? title, string body, string? published = null, string? url = null)
    {
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        body = body.Trim();
        return title is null
            ? new Document(source, body, null, 0, published, url)
            : new Document(source, title + "\n\n" + body, title, title.Length + 2, published, url);
    }
}
