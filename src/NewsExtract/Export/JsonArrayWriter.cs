using System.Text.Json;

namespace NewsExtract.Export;

/// <summary>JSON: one array of article objects.</summary>
public sealed class JsonArrayWriter : IFactWriter
{
    private readonly Utf8JsonWriter _json;

    public JsonArrayWriter(Stream stream)
    {
        _json = new Utf8JsonWriter(stream, ArticleJson.Options with { Indented = true });
        _json.WriteStartArray();
    }

    public void Write(ArticleResult article) => ArticleJson.Write(_json, article);

    public void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}
