using System.Text.Json;

namespace NewsExtract.Export;

/// <summary>JSON Lines: one article object per line, flushed line by line so a pipe sees each result at once.</summary>
public sealed class JsonLinesWriter(Stream stream) : IFactWriter
{
    private readonly Utf8JsonWriter _json = new(stream, ArticleJson.Options);

    public void Write(ArticleResult article)
    {
        ArticleJson.Write(_json, article);
        _json.Flush();
        _json.Reset();
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    public void Complete() => stream.Flush();

    public void Dispose() => _json.Dispose();
}
