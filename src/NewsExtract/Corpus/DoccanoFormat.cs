using System.Text;
using System.Text.Json;
using NewsExtract.Export;

namespace NewsExtract.Corpus;

/// <summary>
/// doccano's sequence-labelling JSON Lines: {"text": ..., "label": [[start, end, "ORG"], ...]} per line
/// (newer doccano writes "entities": [{"start_offset", "end_offset", "label"}], also read).
/// </summary>
public static class DoccanoFormat
{
    public sealed record Item(string Id, string Text, IReadOnlyList<LabelledSpan> Spans);

    public static IEnumerable<Item> Read(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: malformed JSON: {e.Message.Split(". ")[0]}", e);
            }
            using (json)
            {
                var root = json.RootElement;
                var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()!
                    : throw new InvalidDataException($"{path}:{number}: no \"text\"");
                var id = root.TryGetProperty("id", out var i) ? i.ToString() : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var spans = new List<LabelledSpan>();
                if (root.TryGetProperty("label", out var labels) && labels.ValueKind == JsonValueKind.Array)
                    spans.AddRange(labels.EnumerateArray().Select(l => new LabelledSpan(l[0].GetInt32(), l[1].GetInt32(), l[2].GetString()!)));
                if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
                    spans.AddRange(entities.EnumerateArray().Select(e => new LabelledSpan(e.GetProperty("start_offset").GetInt32(), e.GetProperty("end_offset").GetInt32(), e.GetProperty("label").GetString()!)));
                yield return new Item(id, text, spans);
            }
        }
    }

    public static void Write(Stream stream, IEnumerable<Item> items)
    {
        foreach (var item in items)
        {
            using (var json = new Utf8JsonWriter(stream, ArticleJson.Options))
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("text", item.Text);
                json.WriteStartArray("label");
                foreach (var span in item.Spans)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(span.Start);
                    json.WriteNumberValue(span.End);
                    json.WriteStringValue(span.Label);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
    }
}
