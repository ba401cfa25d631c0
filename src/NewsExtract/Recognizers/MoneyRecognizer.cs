using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// MONEY: a currency before the quantity ("$30bn", "US$500 million", "USD 2.5 billion") or after it
/// ("30 milliards de dollars", "400 M€", "30 Md$"), ranges ("entre 2 et 3 milliards d'euros", "$2-3
/// billion"), then an optional period ("par an", "a year", part of the span). A duration after ("sur
/// cinq ans") and a qualifier before ("plus de", "up to") are kept as fields, outside the span.
/// </summary>
public sealed class MoneyRecognizer : IEntityRecognizer
{
    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var end = sentence.TokenEnd;
        for (var i = sentence.TokenStart; i < end; i++)
        {
            if (!TryAt(tokens, i, end, lang, out var length, out var amount, out var currency, out var period, out var duration))
                continue;
            var last = i + length;
            found.Add(new MoneyEntity(text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last, amount.Value, currency, period)
            {
                Min = amount.Min,
                Max = amount.Max,
                Qualifier = NumberReader.QualifierBefore(tokens, i, sentence.TokenStart, lang),
                Duration = duration,
            });
            i = last - 1;
        }
    }

    private static bool TryAt(IReadOnlyList<Token> tokens, int i, int end, LanguageResources lang,
        out int length, out NumberReader.Amount amount, out string currency, out string? period, out string? duration)
    {
        length = 0;
        period = null;
        duration = null;
        // Where a currency symbol may stand before a number: "between $2 and $3 billion".
        int SkipPrefix(int at) => lang.Currencies.TryMatch(tokens, at, end, out var l, out _) && CanPrecede(tokens, at, l) ? l : 0;

        int next;
        var opener = lang.IsCue(CueKind.RangeOpen, tokens, i, end, out var openerLength) ? openerLength : 0;
        if (lang.Currencies.TryMatch(tokens, i, end, out var prefixLength, out currency) && CanPrecede(tokens, i, prefixLength)
            && NumberReader.TryReadAmount(tokens, i + prefixLength, end, lang, SkipPrefix, out amount))
        {
            next = i + prefixLength + amount.Length;
        }
        else if (opener > 0 && lang.Currencies.TryMatch(tokens, i + opener, end, out prefixLength, out currency) && CanPrecede(tokens, i + opener, prefixLength)
                 && NumberReader.TryReadAmount(tokens, i, end, lang, SkipPrefix, out amount) && amount.Value is null)
        {
            // "between $2 and $3 billion": the currency stands inside the range.
            next = i + amount.Length;
        }
        else if (NumberReader.TryReadAmount(tokens, i, end, lang, SkipPrefix, out amount))
        {
            next = i + amount.Length;
            if (!lang.Currencies.TryMatch(tokens, next, end, out var suffixLength, out currency))
            {
                if (!lang.MoneyConnectors.TryMatch(tokens, next, end, out var connector, out _)
                    || !lang.Currencies.TryMatch(tokens, next + connector, end, out suffixLength, out currency))
                    return false;
                next += connector;
            }
            next += suffixLength;
            var form = string.Join(' ', Enumerable.Range(next - suffixLength, suffixLength).Select(k => tokens[k].Text));
            if (lang.CurrencyScales.TryGetValue(form, out var scale))
                amount = new NumberReader.Amount(Times(amount.Value, scale), Times(amount.Min, scale), Times(amount.Max, scale), amount.Length);
        }
        else
        {
            return false;
        }
        if (lang.Periods.TryMatch(tokens, next, end, out var periodLength, out var p))
        {
            period = p;
            next += periodLength;
        }
        // A duration ("sur cinq ans", "a year over ten years") is a field, outside the span, like a qualifier.
        duration = DurationAt(tokens, next, end, lang);
        // "30 million pounds of copper": a word that is also a unit of weight, followed by what it weighs, is no money.
        if (period is null && lang.AmbiguousCurrencies.Contains(tokens[next - 1].Lower) && lang.MoneyConnectors.TryMatch(tokens, next, end, out _, out _))
            return false;
        length = next - i;
        return true;
    }

    /// <summary>"sur cinq ans", "over the next 10 years", "sur les cinq prochaines années" → P5Y, P10Y.</summary>
    private static string? DurationAt(IReadOnlyList<Token> tokens, int at, int end, LanguageResources lang)
    {
        if (!lang.IsCue(CueKind.Duration, tokens, at, end, out var marker))
            return null;
        var next = SkipFillers(tokens, at + marker, end, lang);
        if (!NumberReader.TryRead(tokens, next, end, lang, out var count) || count.Scale != 1)
            return null;
        next = SkipFillers(tokens, next + count.Length, end, lang);
        return lang.DurationUnits.TryMatch(tokens, next, end, out _, out var unit)
            ? FormattableString.Invariant($"P{Decimals.Normalize(count.Number)}{unit}")
            : null;
    }

    private static int SkipFillers(IReadOnlyList<Token> tokens, int at, int end, LanguageResources lang)
    {
        while (lang.IsCue(CueKind.DurationFiller, tokens, at, end, out var length))
            at += length;
        return at;
    }

    private static decimal? Times(decimal? value, decimal scale) => value is { } v ? Decimals.Normalize(v * scale) : null;

    // Only symbols and codes stand before the number: "$30", "USD 30", but not "dollars 30".
    private static bool CanPrecede(IReadOnlyList<Token> tokens, int i, int length) =>
        length == 1 && (tokens[i].Text.Any(c => !char.IsLetter(c)) || tokens[i].Text.All(char.IsUpper));
}
