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

/// <summary>
/// An amount of money. A range ("entre 2 et 3 milliards") has <see cref="Min"/> and <see cref="Max"/> and no
/// <see cref="Value"/>; a qualified amount ("plus de 30 milliards") keeps its value and says how it bounds it.
/// </summary>
public sealed record MoneyEntity(string Text, int Start, int End, int TokenStart, int TokenEnd, decimal? Value, string Currency, string? Period)
    : Entity(EntityTypes.Money, Text, Start, End, TokenStart, TokenEnd)
{
    /// <summary>"min" (more than, at least), "max" (up to), "approx" (about, nearly); null when exact.</summary>
    public string? Qualifier { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>How long the amount is spread over, ISO 8601 ("P5Y" for "sur cinq ans").</summary>
    public string? Duration { get; init; }
}

/// <summary>A power (W) or energy (Wh) capacity; ranges and qualifiers as for money, in the unit written.</summary>
public sealed record CapacityEntity(string Text, int Start, int End, int TokenStart, int TokenEnd, decimal? Value, string Unit, decimal? Base, string BaseUnit)
    : Entity(EntityTypes.Capacity, Text, Start, End, TokenStart, TokenEnd)
{
    public string? Qualifier { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
}

/// <summary>
/// A date as an ISO 8601 prefix ("2028", "2027-03", "2028-01-15", "2026-Q3"). A relative date ("janvier
/// dernier") is resolved against the article's publication date; without one its value is null.
/// </summary>
public sealed record DateEntity(string Text, int Start, int End, int TokenStart, int TokenEnd, string? Value)
    : Entity(EntityTypes.Date, Text, Start, End, TokenStart, TokenEnd)
{
    /// <summary>"start", "mid", "end" (début, mi-, fin 2027), "by" (d'ici 2030); null otherwise.</summary>
    public string? Qualifier { get; init; }
}

/// <summary>An entity known by a canonical name: ORG, LOC or PROJECT.</summary>
public sealed record NamedEntity(string Type, string Text, int Start, int End, int TokenStart, int TokenEnd, string Name,
    EntityOrigin Origin = EntityOrigin.Gazetteer)
    : Entity(Type, Text, Start, End, TokenStart, TokenEnd);

/// <summary>Whether a name came from a list of known names or was inferred from its context.</summary>
public enum EntityOrigin
{
    Gazetteer,
    Rule,

    /// <summary>Found by the trained entity tagger.</summary>
    Model,
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
