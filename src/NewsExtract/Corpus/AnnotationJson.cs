using System.Text;
using System.Text.Json;
using NewsExtract.Deals;
using NewsExtract.Export;

namespace NewsExtract.Corpus;

/// <summary>Reads and writes the corpus annotation format.</summary>
public static class AnnotationJson
{
    public static Annotation Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        return Read(json.RootElement);
    }

    public static Annotation Read(JsonElement root)
    {
        var entities = Array(root, "entities").Select(e => new GoldEntity(
            Required(e, "type"), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), String(e, "text") ?? "")
        {
            Name = String(e, "name"),
            Value = e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null,
            DateValue = e.TryGetProperty("value", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
            Currency = String(e, "currency"),
            Period = String(e, "period"),
            Unit = String(e, "unit"),
            Base = Number(e, "base"),
            BaseUnit = String(e, "base_unit"),
            Min = Number(e, "min"),
            Max = Number(e, "max"),
            Qualifier = String(e, "qualifier"),
        }).ToArray();
        var deals = Array(root, "deals").Select(d => new GoldDeal(
            Required(d, "type"),
            String(d, "status") ?? GoldDeal.Announced,
            Array(d, "parties").Select(p => new Party(Required(p, "name"), String(p, "role") ?? Roles.Unknown)).ToArray(),
            d.TryGetProperty("amount", out var a) && a.ValueKind == JsonValueKind.Object ? new GoldAmount(Number(a, "value"), Required(a, "currency"), String(a, "period")) : null,
            d.TryGetProperty("capacity", out var c) && c.ValueKind == JsonValueKind.Object ? new GoldCapacity(Number(c, "value"), Required(c, "unit")) : null,
            Array(d, "locations").Select(l => l.GetString() ?? "").ToArray(),
            String(d, "start"),
            String(d, "project"))).ToArray();
        return new Annotation(String(root, "language") ?? "und", entities, deals);
    }

    public static void Write(string path, Annotation annotation)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = new AtomicFile(path);
        using (var json = new Utf8JsonWriter(file.Stream, ArticleJson.Options with { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("language", annotation.Language);
            json.WriteStartArray("entities");
            foreach (var e in annotation.Entities)
                WriteEntity(json, e);
            json.WriteEndArray();
            json.WriteStartArray("deals");
            foreach (var d in annotation.Deals)
                WriteDeal(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        file.Stream.WriteByte((byte)'\n');
        file.Commit();
    }

    private static void WriteEntity(Utf8JsonWriter json, GoldEntity e)
    {
        json.WriteStartObject();
        json.WriteString("type", e.Type);
        json.WriteNumber("start", e.Start);
        json.WriteNumber("end", e.End);
        json.WriteString("text", e.Text);
        if (e.Name is not null) json.WriteString("name", e.Name);
        if (e.DateValue is not null) json.WriteString("value", e.DateValue);
        else if (e.Type is "MONEY" or "CAPACITY") ArticleJson.WriteNumber(json, "value", e.Value);
        if (e.Currency is not null) { json.WriteString("currency", e.Currency); json.WriteString("period", e.Period); }
        if (e.Unit is not null) json.WriteString("unit", e.Unit);
        if (e.BaseUnit is not null) { ArticleJson.WriteNumber(json, "base", e.Base); json.WriteString("base_unit", e.BaseUnit); }
        if (e.Min is not null) ArticleJson.WriteNumber(json, "min", e.Min);
        if (e.Max is not null) ArticleJson.WriteNumber(json, "max", e.Max);
        if (e.Qualifier is not null) json.WriteString("qualifier", e.Qualifier);
        json.WriteEndObject();
    }

    private static void WriteDeal(Utf8JsonWriter json, GoldDeal d)
    {
        json.WriteStartObject();
        json.WriteString("type", d.Type);
        json.WriteString("status", d.Status);
        ArticleJson.WriteParties(json, d.Parties);
        if (d.Amount is { } a)
        {
            json.WriteStartObject("amount");
            ArticleJson.WriteNumber(json, "value", a.Value);
            json.WriteString("currency", a.Currency);
            json.WriteString("period", a.Period);
            json.WriteEndObject();
        }
        else json.WriteNull("amount");
        if (d.Capacity is { } c)
        {
            json.WriteStartObject("capacity");
            ArticleJson.WriteNumber(json, "value", c.Value);
            json.WriteString("unit", c.Unit);
            json.WriteEndObject();
        }
        else json.WriteNull("capacity");
        ArticleJson.WriteStrings(json, "locations", d.Locations);
        json.WriteString("start", d.Start);
        json.WriteString("project", d.Project);
        json.WriteEndObject();
    }

    private static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Required(JsonElement obj, string name) =>
        String(obj, name) ?? throw new InvalidDataException($"missing string field \"{name}\"");

    private static decimal? Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
