using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// PROJECT: a quoted name next to a project word (le projet « Stargate », the "Stargate" project), or
/// a capitalised name right after or before one (le projet Stargate, the Stargate project).
/// </summary>
public sealed class ProjectRecognizer : IEntityRecognizer
{
    private const int MaxQuotedTokens = 5;
    private const int MaxCueDistance = 2;

    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        int from = sentence.TokenStart, to = sentence.TokenEnd;
        for (var i = from; i < to; i++)
        {
            if (IsOpeningQuote(tokens[i].Text) && QuotedName(tokens, i, to, lang) is var (s, e) && e > s
                && (CueBefore(tokens, i, from, lang) || lang.IsCue(CueKind.Project, tokens, e + 1, to, out _)))
            {
                found.Add(Make(text, s, e));
                i = e;
                continue;
            }
            if (lang.IsCue(CueKind.Project, tokens, i, to, out var cue))
            {
                var (after, afterEnd) = NameRuns.StartingAt(tokens, i + cue, to, lang);
                if (afterEnd > after && !IsOtherKnownName(tokens, after, afterEnd, lang))
                    found.Add(Make(text, after, afterEnd));
                var (before, beforeEnd) = NameRuns.EndingAt(tokens, i, from, lang);
                if (beforeEnd > before && !IsOtherKnownName(tokens, before, beforeEnd, lang))
                    found.Add(Make(text, before, beforeEnd));
            }
        }
    }

    private static bool IsOpeningQuote(string t) => t is "\"" or "«" or "'" or "‹";

    private static (int Start, int End)? QuotedName(IReadOnlyList<Token> tokens, int open, int to, LanguageResources lang)
    {
        for (var close = open + 1; close < to && close - open - 1 <= MaxQuotedTokens; close++)
        {
            if (tokens[close].Text is "\"" or "»" or "'" or "›")
                return close > open + 1 && NameRuns.IsNameToken(tokens[open + 1], lang) ? (open + 1, close) : null;
            if (!tokens[close].IsWord && !tokens[close].StartsWithDigit && tokens[close].Text is not ("-" or "&"))
                return null;
        }
        return null;
    }

    private static bool CueBefore(IReadOnlyList<Token> tokens, int open, int from, LanguageResources lang)
    {
        for (var k = open - 1; k >= from && open - k <= MaxCueDistance; k--)
            if (lang.IsCue(CueKind.Project, tokens, k, open, out var l) && k + l == open)
                return true;
        return false;
    }

    private static bool IsOtherKnownName(IReadOnlyList<Token> tokens, int start, int end, LanguageResources lang) =>
        lang.Organizations.TryMatch(tokens, start, end, out _, out _) || lang.Places.TryMatch(tokens, start, end, out _, out _);

    private static NamedEntity Make(AnalyzedText text, int start, int end)
    {
        var name = text.Slice(start, end);
        return new NamedEntity(EntityTypes.Project, name, text.Tokens[start].Start, text.Tokens[end - 1].End, start, end, name);
    }
}
