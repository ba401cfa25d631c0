using System.Text.Json;

namespace NewsExtract.Ingestion;

/// <summary>JSON: one object with "text" (required), "title", "date" and "url".</summary>
public sealed class JsonArticleReader : IArticleReader
{
    public IEnumerable<string> Extensions => [".json"];

    public IReadOnlyList<Document> Read(string source, string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new IngestionException($"malformed JSON at line {e.LineNumber + 1}: {FirstSentence(e.Message)}", e);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new IngestionException($"expected a JSON object with \"text\", found a {root.ValueKind.ToString().ToLowerInvariant()}");
            var body = String(root, "text") ?? throw new IngestionException("JSON object has no \"text\" string");
            return [Document.FromParts(source, String(root, "title"), body, String(root, "date"), String(root, "url"))];
        }
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message) => message.Split(". ")[0];
}
