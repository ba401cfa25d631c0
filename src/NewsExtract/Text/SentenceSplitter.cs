namespace NewsExtract.Text;

/// <summary>
/// Splits a token stream into sentences. A sentence ends at terminal punctuation followed by what can
/// open a sentence, at a paragraph break, or at a line break that does not continue a wrapped line.
/// Abbreviations ("M.", "Inc.") are single tokens, so their dot is not a terminal; they end a sentence
/// only when a capitalised function word ("The", "Le") follows. Decimals ("4.5") are single tokens too.
/// </summary>
public sealed class SentenceSplitter
{
    private const string ClosingAfterTerminal = "\"'»)]›";
    private readonly IReadOnlySet<string> _abbreviations;
    private readonly IReadOnlySet<string> _stopWords;

    public SentenceSplitter(IReadOnlySet<string> abbreviations, IReadOnlySet<string> stopWords)
    {
        _abbreviations = abbreviations;
        _stopWords = stopWords;
    }

    public IReadOnlyList<Sentence> Split(IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (next is null || EndsAfter(tokens, i, next))
            {
                // Closing quotes and brackets right after the terminal belong to the sentence they close.
                while (next is not null && ClosingAfterTerminal.Contains(next.Text) && next.NewlinesBefore == 0
                       && IsTerminal(tokens[i].Text) && (i + 2 >= tokens.Count || tokens[i + 2].IsCapitalized || tokens[i + 2].NewlinesBefore > 0))
                {
                    i++;
                    next = i + 1 < tokens.Count ? tokens[i + 1] : null;
                }
                sentences.Add(new Sentence(sentences.Count, start, i + 1, tokens[start].Start, tokens[i].End));
                start = i + 1;
            }
        }
        return sentences;
    }

    private bool EndsAfter(IReadOnlyList<Token> tokens, int i, Token next)
    {
        var current = tokens[i];
        if (next.NewlinesBefore >= 2)
            return true;
        if (next.NewlinesBefore == 1)
        {
            // A single line break inside a hard-wrapped paragraph continues the sentence.
            var wrapped = (current.IsWord && char.IsLower(current.Text[^1]) || current.Text == ",") && char.IsLower(next.Text[0]);
            return !wrapped;
        }
        if (IsTerminal(current.Text))
        {
            if (!ClosingAfterTerminal.Contains(next.Text))
                return OpensSentence(next);
            // « C'est fait. » Il l'a dit: the quote closes the sentence when what follows opens one.
            var after = i + 2 < tokens.Count ? tokens[i + 2] : null;
            return after is null || after.NewlinesBefore > 0 || OpensSentence(after);
        }
        if (_abbreviations.Contains(current.Text) && current.Text.EndsWith('.'))
            return next.IsCapitalized && _stopWords.Contains(next.Lower);
        return false;
    }

    private static bool IsTerminal(string text) =>
        text.Length > 0 && text.All(c => c is '.' or '!' or '?' or '…');

    private static bool OpensSentence(Token next) =>
        next.IsCapitalized || next.StartsWithDigit || next.Text is "\"" or "«" or "'" or "(" or "-" or "—" or "–"
        || !char.IsLetterOrDigit(next.Text[0]) && next.Text.Length > 1;
}
