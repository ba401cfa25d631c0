using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Deals;
using NewsExtract.Recognizers;

namespace NewsExtract.Export;

/// <summary>
/// The JSON form of an article result, field by field in the order of the output contract, so equal
/// results give equal bytes.
/// </summary>
public static class ArticleJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep accents readable; JSON stays valid
        Indented = false,
    };

    public static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter json, ArticleResult article)
    {
        json.WriteStartObject();
        json.WriteString("source", article.Source);
        if (article.DuplicateOf is { } first)
            json.WriteString("duplicate_of", first);
        json.WriteString("language", article.Language);
        json.WriteString("title", article.Title);
        json.WriteString("published", article.Published);
        if (article.Url is { } url)
            json.WriteString("url", url);
        json.WriteStartArray("entities");
        foreach (var entity in article.Entities)
            WriteEntity(json, entity);
        json.WriteEndArray();
        json.WriteStartArray("deals");
        foreach (var deal in article.Deals)
            WriteDeal(json, deal);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("type", entity.Type);
        json.WriteString("text", entity.Text);
        switch (entity)
        {
            case NamedEntity named:
                json.WriteString("name", named.Name);
                break;
            case MoneyEntity money:
                WriteMoneyFields(json, money);
                break;
            case CapacityEntity capacity:
                WriteCapacityFields(json, capacity);
                break;
            case DateEntity date:
                json.WriteString("value", date.Value);
                if (date.Qualifier is { } qualifier)
                    json.WriteString("qualifier", qualifier);
                break;
        }
        json.WriteNumber("start", entity.Start);
        json.WriteNumber("end", entity.End);
        json.WriteEndObject();
    }

    private static void WriteDeal(Utf8JsonWriter json, Deal deal)
    {
        json.WriteStartObject();
        json.WriteString("type", deal.Type);
        WriteParties(json, deal.Parties);
        if (deal.Amount is { } amount)
        {
            json.WriteStartObject("amount");
            WriteMoneyFields(json, amount);
            json.WriteString("text", amount.Text);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("amount");
        }
        if (deal.Capacity is { } capacity)
        {
            json.WriteStartObject("capacity");
            WriteCapacityFields(json, capacity);
            json.WriteString("text", capacity.Text);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("capacity");
        }
        WriteStrings(json, "locations", deal.Locations);
        json.WriteString("start", deal.Start);
        json.WriteString("project", deal.Project);
        json.WriteStartObject("evidence");
        json.WriteString("text", deal.Evidence.Text);
        json.WriteNumber("start", deal.Evidence.Start);
        json.WriteNumber("end", deal.Evidence.End);
        json.WriteEndObject();
        json.WriteNumber("confidence", deal.Confidence);
        json.WriteEndObject();
    }

    private static void WriteMoneyFields(Utf8JsonWriter json, MoneyEntity money)
    {
        WriteNumber(json, "value", money.Value);
        json.WriteString("currency", money.Currency);
        json.WriteString("period", money.Period);
        WriteBounds(json, money.Qualifier, money.Min, money.Max);
        if (money.Duration is { } duration)
            json.WriteString("duration", duration);
    }

    private static void WriteCapacityFields(Utf8JsonWriter json, CapacityEntity capacity)
    {
        WriteNumber(json, "value", capacity.Value);
        json.WriteString("unit", capacity.Unit);
        WriteNumber(json, "base", capacity.Base);
        json.WriteString("base_unit", capacity.BaseUnit);
        WriteBounds(json, capacity.Qualifier, capacity.Min, capacity.Max);
    }

    // Qualifiers and range bounds appear only when the text has them, so plain amounts keep the contract's shape.
    private static void WriteBounds(Utf8JsonWriter json, string? qualifier, decimal? min, decimal? max)
    {
        if (qualifier is not null)
            json.WriteString("qualifier", qualifier);
        if (min is not null)
            WriteNumber(json, "min", min);
        if (max is not null)
            WriteNumber(json, "max", max);
    }

    /// <summary>A deal's parties, as the contract writes them (also in corpus annotations).</summary>
    public static void WriteParties(Utf8JsonWriter json, IEnumerable<Party> parties)
    {
        json.WriteStartArray("parties");
        foreach (var party in parties)
        {
            json.WriteStartObject();
            json.WriteString("name", party.Name);
            json.WriteString("role", party.Role);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>A number, or null when there is none.</summary>
    public static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }
}
