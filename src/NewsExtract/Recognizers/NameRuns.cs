using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>Runs of capitalised tokens that may form a proper name ("Zentrix Robotics", "Procter & Gamble").</summary>
public static class NameRuns
{
    private const int MaxLength = 4;

    public static bool IsNameToken(Token token, LanguageResources lang) =>
        token.Text.Length > 0 && char.IsUpper(token.Text[0]) && token.Text.Any(char.IsLetter) && token.Text.Count(char.IsLetterOrDigit) > 1 && !token.Text.EndsWith('\'')
        && !lang.StopWords.Contains(token.Lower) && !LowerCaseTail(token.Text)
        && !lang.Units.Contains(token.Text) && !lang.Scales.Contains(token.Text) && !lang.Currencies.Contains(token.Text);

    // "London-based", "Paris-listed": a place made into an adjective, not a name ("Saint-Gobain", "Rolls-Royce" are).
    private static bool LowerCaseTail(string text)
    {
        var dash = text.LastIndexOf('-');
        return dash > 0 && dash + 1 < text.Length && char.IsLower(text[dash + 1]);
    }

    // Only signs join a run ("AT&T"): a joining word ("Bank of America") is left to the gazetteer and the tagger.
    private static bool IsConnector(Token token, LanguageResources lang) => !char.IsLetter(token.Text[0]) && lang.NameJoiners.Contains(token.Text);

    /// <summary>The name run ending just before <paramref name="end"/>, or an empty range.</summary>
    public static (int Start, int End) EndingAt(IReadOnlyList<Token> tokens, int end, int lowerBound, LanguageResources lang)
    {
        var start = end;
        while (start > lowerBound && end - start < MaxLength
               && (IsNameToken(tokens[start - 1], lang) || IsConnector(tokens[start - 1], lang) && start - 1 > lowerBound && start < end))
            start--;
        while (start < end && IsConnector(tokens[start], lang))
            start++;
        return (start, end);
    }

    /// <summary>The name run starting at <paramref name="start"/>, or an empty range.</summary>
    public static (int Start, int End) StartingAt(IReadOnlyList<Token> tokens, int start, int upperBound, LanguageResources lang)
    {
        var end = start;
        while (end < upperBound && end - start < MaxLength
               && (IsNameToken(tokens[end], lang) || IsConnector(tokens[end], lang) && end > start && end + 1 < upperBound && IsNameToken(tokens[end + 1], lang)))
            end++;
        return (start, end);
    }
}
