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
    IReadOnlyList<Deal> Deals)
{
    /// <summary>The article text that offsets point into.</summary>
    public string Text { get; init; } = "";

    /// <summary>The sentences of <see cref="Text"/>, as [Start, End) ranges.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; init; } = [];

    /// <summary>Where the article was published, when its file says (JSON "url").</summary>
    public string? Url { get; init; }

    /// <summary>The source of an earlier article of the same run with the same text; this one was not extracted again.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The sentence that contains a range of the text.</summary>
    public string SentenceAt(int start)
    {
        foreach (var (s, e) in Sentences)
            if (start >= s && start < e)
                return Text[s..e];
        return "";
    }

}
