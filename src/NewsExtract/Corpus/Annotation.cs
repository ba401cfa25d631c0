namespace NewsExtract.Corpus;

/// <summary>The gold annotation of one article (format: corpus/README.md).</summary>
public sealed record Annotation(string Language, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldDeal> Deals);

/// <summary>An entity span with its normalised attributes, as the output contract writes them.</summary>
public sealed record GoldEntity(string Type, int Start, int End, string Text)
{
    public string? Name { get; init; }
    public decimal? Value { get; init; }
    public string? DateValue { get; init; }
    public string? Currency { get; init; }
    public string? Period { get; init; }
    public string? Unit { get; init; }
    public decimal? Base { get; init; }
    public string? BaseUnit { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public string? Qualifier { get; init; }
}

public sealed record GoldDeal(
    string Type,
    string Status,
    IReadOnlyList<Deals.Party> Parties,
    GoldAmount? Amount,
    GoldCapacity? Capacity,
    IReadOnlyList<string> Locations,
    string? Start,
    string? Project)
{
    public const string Announced = "announced";
    public static readonly string[] Statuses = [Announced, "planned", "rumoured", "denied"];
}

public sealed record GoldAmount(decimal? Value, string Currency, string? Period);

public sealed record GoldCapacity(decimal? Value, string Unit);
