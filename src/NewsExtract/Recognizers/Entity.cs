namespace NewsExtract.Recognizers;

/// <summary>
/// An entity mention: its type, its text and its [Start, End) range in the original text, plus the
/// token range it covers in its document (used for context, never exported).
/// </summary>
public abstract record Entity(string Type, string Text, int Start, int End, int TokenStart, int TokenEnd)
{
    public int TokenLength => TokenEnd - TokenStart;

    public bool Overlaps(Entity other) => TokenStart < other.TokenEnd && other.TokenStart < TokenEnd;
}

public sealed record MoneyEntity(string Text, int Start, int End, int TokenStart, int TokenEnd, decimal Value, string Currency, string? Period)
    : Entity(EntityTypes.Money, Text, Start, End, TokenStart, TokenEnd);

public sealed record CapacityEntity(string Text, int Start, int End, int TokenStart, int TokenEnd, decimal Value, string Unit, decimal Base, string BaseUnit)
    : Entity(EntityTypes.Capacity, Text, Start, End, TokenStart, TokenEnd);

public sealed record DateEntity(string Text, int Start, int End, int TokenStart, int TokenEnd, string Value)
    : Entity(EntityTypes.Date, Text, Start, End, TokenStart, TokenEnd);

/// <summary>An entity known by a canonical name: ORG, LOC or PROJECT.</summary>
public sealed record NamedEntity(string Type, string Text, int Start, int End, int TokenStart, int TokenEnd, string Name,
    EntityOrigin Origin = EntityOrigin.Gazetteer)
    : Entity(Type, Text, Start, End, TokenStart, TokenEnd);

/// <summary>Whether a name came from a list of known names or was inferred from its context.</summary>
public enum EntityOrigin
{
    Gazetteer,
    Rule,
}

public static class EntityTypes
{
    public const string Money = "MONEY";
    public const string Capacity = "CAPACITY";
    public const string Date = "DATE";
    public const string Organization = "ORG";
    public const string Location = "LOC";
    public const string Project = "PROJECT";
}
