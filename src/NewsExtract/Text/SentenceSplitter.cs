namespace NewsExtract.Text;

/// <summary>
/// Splits a token stream into sentences. A sentence ends at terminal punctuation (with the closing quotes
/// and brackets right after it) when what follows can open a sentence, at a paragraph break, or at a
/// line break that does not continue a hard-wrapped line. Abbreviations ("M.", "Inc.") are single tokens,
/// so their dot is not a terminal; one ends a sentence only when a capitalised function word follows
/// ("Acme Inc. The deal"), and a title ("M.", "Dr") never does. Decimals ("4.5") are single tokens too.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly IReadOnlySet<string> _abbreviations;
    private readonly IReadOnlySet<string> _titles;
    private readonly IReadOnlySet<string> _stopWords;

    public SentenceSplitter(IReadOnlySet<string> abbreviations, IReadOnlySet<string> titles, IReadOnlySet<string> stopWords)
    {
        _abbreviations = abbreviations;
        _titles = titles;
        _stopWords = stopWords;
    }

    public IReadOnlyList<Sentence> Split(IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i + 1 == tokens.Count ? i : LastOfSentence(tokens, i);
            if (last is not { } end)
                continue;
            sentences.Add(new Sentence(sentences.Count, start, end + 1, tokens[start].Start, tokens[end].End));
            start = end + 1;
            i = end;
        }
        return sentences;
    }

    /// <summary>When a sentence ends at token <paramref name="i"/> or at the closing marks right after it, its last token.</summary>
    private int? LastOfSentence(IReadOnlyList<Token> tokens, int i)
    {
        var current = tokens[i];
        var next = tokens[i + 1];
        if (next.NewlinesBefore >= 2)
            return i;
        if (next.NewlinesBefore == 1)
        {
            // A single line break inside a hard-wrapped paragraph continues the sentence.
            var wrapped = (current.IsWord && char.IsLower(current.Text[^1]) || current.Text == ",") && char.IsLower(next.Text[0]);
            return wrapped ? null : i;
        }
        var terminal = IsTerminal(current.Text);
        var abbreviation = !terminal && current.Text.EndsWith('.') && _abbreviations.Contains(current.Text) && !_titles.Contains(current.Text);
        if (!terminal && !abbreviation)
            return null;
        var end = i;
        while (end + 1 < tokens.Count && tokens[end + 1].NewlinesBefore == 0 && Closes(tokens[end], tokens[end + 1]))
            end++;
        if (end + 1 == tokens.Count || tokens[end + 1].NewlinesBefore > 0)
            return end;
        var after = tokens[end + 1];
        return terminal ? (OpensSentence(after) ? end : null) : (after.IsCapitalized && IsFunctionWord(after) ? end : null);
    }

    // A guillemet or bracket always closes; a straight quote closes only when glued to what it closes ("done.").
    private static bool Closes(Token before, Token mark) =>
        mark.Text is "»" or ")" or "]" or "›" || mark.Text is "\"" or "'" && before.Touches(mark);

    private bool IsFunctionWord(Token token) => _stopWords.Contains(token.Lower.TrimEnd('\''));

    private static bool IsTerminal(string text) =>
        text.Length > 0 && text.All(c => c is '.' or '!' or '?' or '…');

    private static bool OpensSentence(Token next) =>
        next.IsCapitalized || next.StartsWithDigit || next.Text is "\"" or "«" or "'" or "(" or "-" or "—" or "–"
        || !char.IsLetterOrDigit(next.Text[0]) && next.Text.Length > 1;
}
