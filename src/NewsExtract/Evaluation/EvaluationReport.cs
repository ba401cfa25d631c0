namespace NewsExtract.Evaluation;

/// <summary>A miss or a false positive, for a developer to look at.</summary>
public sealed record EvaluationError(string Source, string Measure, string Kind, string Item, string Sentence);

/// <summary>Scores per language ("all" for every article) and per measure, and every error behind them.</summary>
public sealed class EvaluationReport
{
    public const string AllLanguages = "all";

    public SortedDictionary<string, SortedDictionary<string, Counts>> Scores { get; } = new(StringComparer.Ordinal);
    public List<EvaluationError> Errors { get; } = [];
    public int Articles { get; set; }

    public Counts For(string language, string measure)
    {
        if (!Scores.TryGetValue(language, out var measures))
            Scores[language] = measures = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        if (!measures.TryGetValue(measure, out var counts))
            measures[measure] = counts = new Counts();
        return counts;
    }
}
