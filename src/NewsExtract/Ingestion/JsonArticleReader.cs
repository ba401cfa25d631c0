using System.Text.Json;

namespace NewsExtract.Ingestion;

/// <summary>JSON: one object with "text" (required), "title", "date" and "url".</summary>
public sealed class JsonArticleReader : IArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public IEnumerable<string> Extensions => [".json"];

    public ReadResult Read(string source, string text) => ReadResult.Of(Parse(source, text));

    /// <summary>The article of one JSON object; its "source" or "id" field, when given, names it.</summary>
    public static Document Parse(string source, string json, bool sourceFromFields = false)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new IngestionException($"malformed JSON: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message.Split(". ")[0]}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new IngestionException($"not an article: expected a JSON object with \"text\", found a {root.ValueKind.ToString().ToLowerInvariant()}");
            var body = String(root, "text") ?? throw new IngestionException("not an article: the JSON object has no \"text\" string");
            if (sourceFromFields)
                source = String(root, "source") ?? String(root, "id") ?? Number(root, "id") ?? source;
            return Document.FromParts(source, String(root, "title"), body, String(root, "date"), String(root, "url"));
        }
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
