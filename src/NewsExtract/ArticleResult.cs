using NewsExtract.Deals;
using NewsExtract.Recognizers;

namespace NewsExtract;

/// <summary>What NewsExtract found in one article.</summary>
public sealed record ArticleResult(
    string Source,
    string Language,
    string? Title,
    string? Published,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Deal> Deals);
