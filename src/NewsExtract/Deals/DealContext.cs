using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Deals;

/// <summary>A sentence that states a deal: the deal word that drives it and the entities around it.</summary>
public sealed record DealContext(
    AnalyzedText Text,
    Sentence Sentence,
    int TriggerStart,
    int TriggerEnd,
    IReadOnlyList<Entity> SentenceEntities,
    IReadOnlyList<Entity> ArticleEntities);
