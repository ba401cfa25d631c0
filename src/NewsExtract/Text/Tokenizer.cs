namespace NewsExtract.Text;

/// <summary>
/// Rule tokenizer in the manner of spaCy's: text is cut at white space, then each chunk is peeled of
/// prefixes (opening punctuation, currency symbols), suffixes (closing punctuation, symbols) and
/// French elisions, with per-language data deciding what stays whole. Numbers keep their separators
/// ("4,5", "1,200", "1 200") and compact amounts come apart into currency, number and scale
/// ("$30bn" → "$" "30" "bn").
/// </summary>
public sealed class Tokenizer
{
    private const string OpeningPunctuation = "([{«\"'‹¿¡<";
    private const string ClosingPunctuation = ")]}»\"'›,;:!?…>%";

    private readonly TokenizerRules _rules;

    public Tokenizer(TokenizerRules rules) => _rules = rules;

    public IReadOnlyList<Token> Tokenize(NormalizedText text)
    {
        var value = text.Value;
        var tokens = new List<Token>();
        var newlines = 0;
        var i = 0;
        while (i < value.Length)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                if (value[i] == '\n')
                    newlines++;
                i++;
                continue;
            }
            var end = i;
            while (end < value.Length && !char.IsWhiteSpace(value[end]))
                end++;
            var before = tokens.Count;
            var afterNumber = tokens.Count > 0 && tokens[^1].StartsWithDigit;
            var afterCurrency = tokens.Count > 0 && _rules.CurrencySymbols.Contains(tokens[^1].Text);
            SplitChunk(text, i, end, tokens, afterNumber, afterCurrency);
            if (tokens.Count > before)
                tokens[before] = tokens[before] with { NewlinesBefore = newlines };
            newlines = 0;
            i = end;
        }
        return MergeDigitGroups(text, tokens);
    }

    /// <summary>Splits a short phrase from a data file the way running text would be split.</summary>
    public IReadOnlyList<string> Split(string phrase) =>
        Tokenize(TextNormalizer.Normalize(phrase)).Select(t => t.Text).ToArray();

    private void SplitChunk(NormalizedText text, int start, int end, List<Token> output, bool afterNumber, bool afterCurrency)
    {
        var value = text.Value;
        var suffixes = new Stack<(int Start, int End)>();
        var besideCurrency = afterCurrency;
        while (start < end)
        {
            var chunk = value[start..end];
            if (IsKeptWhole(chunk))
                break;

            if (OpeningPunctuation.Contains(value[start]) && end - start > 1)
            {
                Add(text, start, start + 1, output);
                start++;
                continue;
            }
            var symbol = CurrencySymbolAt(value, start, end);
            if (symbol > 0 && symbol < end - start && (char.IsDigit(value[start + symbol]) || IsNumberSuffixAt(value, start + symbol, end)))
            {
                Add(text, start, start + symbol, output);
                start += symbol;
                besideCurrency = true;
                continue;
            }

            var last = value[end - 1];
            if (last == '.' || last == '…')
            {
                // A run of dots is one token; a capital letter and a dot is an initial ("J. P. Morgan",
                // "Robert W. Baird"), unless it is the unit of the number before it ("800 W.").
                if (end - start == 2 && char.IsUpper(value[start]) && last == '.' && !(afterNumber && _rules.IsNumberSuffix(value[start].ToString())))
                    break;
                var dots = end;
                while (dots > start && (value[dots - 1] == '.' || value[dots - 1] == '…'))
                    dots--;
                if (dots == start)
                    break;
                suffixes.Push((dots, end));
                end = dots;
                continue;
            }
            if (ClosingPunctuation.Contains(last) && end - start > 1)
            {
                suffixes.Push((end - 1, end));
                end--;
                continue;
            }
            if (end - start > 2 && last is 's' or 'S' && value[end - 2] == '\'' && (char.IsLetterOrDigit(value[end - 3]) || value[end - 3] == '.'))
            {
                suffixes.Push((end - 2, end));
                end -= 2;
                continue;
            }
            var trailingSymbol = TrailingCurrencySymbol(value, start, end);
            if (trailingSymbol > 0)
            {
                suffixes.Push((end - trailingSymbol, end));
                end -= trailingSymbol;
                besideCurrency = true;
                continue;
            }
            // "Nasdaq:MSFT": a colon between letters separates a market from its ticker.
            var colon = chunk.IndexOf(':');
            if (colon > 0 && colon + 1 < chunk.Length && char.IsLetter(chunk[colon - 1]) && char.IsLetter(chunk[colon + 1]))
            {
                Add(text, start, start + colon, output);
                Add(text, start + colon, start + colon + 1, output);
                start += colon + 1;
                continue;
            }

            // "Madrid-based", "New York-listed": the place is a token of its own.
            var hyphen = chunk.LastIndexOf('-');
            if (hyphen > 0 && _rules.HyphenSuffixes.Contains(chunk[(hyphen + 1)..].ToLowerInvariant()))
            {
                suffixes.Push((start + hyphen, end));
                end = start + hyphen;
                continue;
            }

            var elision = ElisionAt(chunk);
            if (elision > 0)
            {
                Add(text, start, start + elision, output);
                start += elision;
                continue;
            }

            var numberEnd = NumberPrefixLength(chunk);
            // A one-letter scale glued to a number is an amount only beside a currency: "$3M" but "3M Co.", "5G".
            if (numberEnd > 0 && numberEnd < chunk.Length && _rules.IsNumberSuffix(chunk[numberEnd..])
                && (chunk.Length - numberEnd > 1 || besideCurrency || _rules.IsUnit(chunk[numberEnd..])))
            {
                Add(text, start, start + numberEnd, output);
                start += numberEnd;
                continue;
            }
            break;
        }
        if (start < end)
            Add(text, start, end, output);
        while (suffixes.Count > 0)
        {
            var (s, e) = suffixes.Pop();
            Add(text, s, e, output);
        }
    }

    private bool IsKeptWhole(string chunk)
    {
        var lower = chunk.ToLowerInvariant();
        return _rules.Abbreviations.Contains(chunk) || _rules.Exceptions.Contains(lower) || _rules.Elisions.Contains(lower)
               || _rules.CurrencySymbols.Contains(chunk);
    }

    private int CurrencySymbolAt(string value, int start, int end)
    {
        foreach (var symbol in _rules.CurrencySymbols)
            if (symbol.Length <= end - start && string.CompareOrdinal(value, start, symbol, 0, symbol.Length) == 0)
                return symbol.Length;
        return 0;
    }

    private int TrailingCurrencySymbol(string value, int start, int end)
    {
        foreach (var symbol in _rules.CurrencySymbols)
            if (symbol.Length < end - start && string.CompareOrdinal(value, end - symbol.Length, symbol, 0, symbol.Length) == 0
                && !char.IsLetter(symbol[^1]))
                return symbol.Length;
        return 0;
    }

    private bool IsNumberSuffixAt(string value, int start, int end)
    {
        var numberEnd = NumberPrefixLength(value[start..end]);
        return numberEnd > 0 && (numberEnd == end - start || _rules.IsNumberSuffix(value[(start + numberEnd)..end]));
    }

    private int ElisionAt(string chunk)
    {
        var lower = chunk.ToLowerInvariant();
        foreach (var elision in _rules.Elisions)
            if (lower.Length > elision.Length && lower.StartsWith(elision, StringComparison.Ordinal) && char.IsLetter(lower[elision.Length]))
                return elision.Length;
        return 0;
    }

    /// <summary>Length of a leading number with its inner separators ("4,5", "1.200.000", "1'200").</summary>
    private static int NumberPrefixLength(string chunk)
    {
        if (chunk.Length == 0 || !char.IsDigit(chunk[0]))
            return 0;
        var i = 1;
        while (i < chunk.Length)
        {
            if (char.IsDigit(chunk[i]))
                i++;
            else if (chunk[i] is '.' or ',' or '\'' or '-' && i + 1 < chunk.Length && char.IsDigit(chunk[i + 1]))
                i += 2;
            else
                break;
        }
        return i;
    }

    /// <summary>Joins digit groups separated by one space into one number: "1 200" and "3 000 000".</summary>
    private static List<Token> MergeDigitGroups(NormalizedText text, List<Token> tokens)
    {
        var merged = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            if (merged.Count > 0 && IsThousandsGroup(token.Text) && token.NewlinesBefore == 0)
            {
                var previous = merged[^1];
                if (token.NormStart == previous.NormEnd + 1 && text.Value[previous.NormEnd] == ' ' && IsGroupHead(previous.Text))
                {
                    var (s, e) = text.ToOriginal(previous.NormStart, token.NormEnd);
                    merged[^1] = new Token(text.Value[previous.NormStart..token.NormEnd], previous.NormStart, token.NormEnd, s, e, previous.NewlinesBefore);
                    continue;
                }
            }
            merged.Add(token);
        }
        return merged;
    }

    private static bool IsThousandsGroup(string t)
    {
        var sep = t.IndexOfAny([',', '.']);
        var digits = sep > 0 ? t[..sep] : t;
        return digits.Length == 3 && digits.All(char.IsDigit) && (sep < 0 || t[(sep + 1)..].All(char.IsDigit));
    }

    // The head of a spaced number has one to three digits, or is itself already a spaced number.
    private static bool IsGroupHead(string t) =>
        t.Length > 0 && t.All(c => char.IsDigit(c) || c == ' ')
        && t.Split(' ')[0].Length is >= 1 and <= 3
        && t.Split(' ').Skip(1).All(g => g.Length == 3);

    private static void Add(NormalizedText text, int start, int end, List<Token> output)
    {
        var (s, e) = text.ToOriginal(start, end);
        output.Add(new Token(text.Value[start..end], start, end, s, e, 0));
    }
}
