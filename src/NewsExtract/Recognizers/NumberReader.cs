using System.Globalization;
using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// Reads a quantity at a token: a number in either convention ("4,5", "4.5", "1 200", "1,200",
/// "1.200.000", "1'200") or a number word, optionally followed by a scale ("milliards", "bn", "Md").
/// </summary>
public static class NumberReader
{
    public readonly record struct Quantity(decimal Number, decimal Scale, int Length)
    {
        public decimal Value => Decimals.Normalize(Number * Scale);
    }

    /// <summary>A single quantity or a range ("entre 2 et 3 milliards", "$2-3 billion") at a token.</summary>
    public readonly record struct Amount(decimal? Value, decimal? Min, decimal? Max, int Length);

    /// <summary>
    /// Reads a number (digits or number words, with "and a half" / "et demi") and its optional scale
    /// ("milliard et demi"): "4,5", "trente milliards", "one and a half billion", "half a billion".
    /// </summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int start, int end, LanguageResources lang, out Quantity quantity)
    {
        quantity = default;
        if (start >= end)
            return false;
        decimal number;
        int next;
        if (tokens[start].StartsWithDigit)
        {
            var followedByUnit = lang.Scales.TryMatch(tokens, start + 1, end, out _, out _) || lang.Units.TryMatch(tokens, start + 1, end, out _, out _);
            if (!TryParse(tokens[start].Text, lang.DecimalSeparator, followedByUnit, out number))
                return false;
            next = start + 1;
        }
        else if (lang.NumberWords.TryMatch(tokens, start, end, out var wordLength, out number))
        {
            next = start + wordLength;
            // "three hundred", "trois cents": a larger number word multiplies the one before it.
            if (lang.NumberWords.TryMatch(tokens, next, end, out var multiplierLength, out var multiplier) && multiplier >= 100 && multiplier > number)
            {
                number *= multiplier;
                next += multiplierLength;
            }
        }
        else
        {
            return false;
        }
        if (lang.Fractions.TryMatch(tokens, next, end, out var fractionLength, out var fraction))
        {
            number += fraction;
            next += fractionLength;
        }
        var scale = 1m;
        if (lang.Scales.TryMatch(tokens, next, end, out var scaleLength, out var s))
        {
            scale = s;
            next += scaleLength;
            if (lang.Fractions.TryMatch(tokens, next, end, out fractionLength, out fraction))
            {
                number += fraction;
                next += fractionLength;
            }
        }
        else if (!tokens[start].StartsWithDigit && tokens[start].Text.Length == 1 && !lang.Units.TryMatch(tokens, next, end, out _, out _))
        {
            // A one-letter number word ("a") counts only before a scale or a unit: "a billion", "a gigawatt".
            return false;
        }
        quantity = new Quantity(number, scale, next - start);
        return true;
    }

    /// <summary>
    /// A range or a single quantity. <paramref name="skipBeforeSecond"/> lets a caller pass over what may
    /// repeat before the upper bound ("between $2 and $3 billion").
    /// </summary>
    public static bool TryReadAmount(IReadOnlyList<Token> tokens, int start, int end, LanguageResources lang, Func<int, int> skipBeforeSecond, out Amount amount)
    {
        amount = default;
        var opened = lang.IsCue(CueKind.RangeOpen, tokens, start, end, out var open) ? open : 0;
        var first = start + opened;
        first += skipBeforeSecond(first);
        if (TryReadRange(tokens, first, end, lang, skipBeforeSecond, opened > 0, out var min, out var max, out var next))
        {
            amount = new Amount(null, min, max, next - start);
            return true;
        }
        if (opened > 0 || !TryRead(tokens, start, end, lang, out var quantity))
            return false;
        amount = new Amount(quantity.Value, null, null, quantity.Length);
        return true;
    }

    private static bool TryReadRange(IReadOnlyList<Token> tokens, int start, int end, LanguageResources lang, Func<int, int> skip, bool opened,
        out decimal min, out decimal max, out int next)
    {
        min = max = 0;
        next = start;
        if (start >= end)
            return false;
        // "2-3" is one token: both sides are numbers.
        var dash = tokens[start].Text.IndexOf('-');
        if (dash > 0 && TryParse(tokens[start].Text[..dash], lang.DecimalSeparator, true, out var low) && TryParse(tokens[start].Text[(dash + 1)..], lang.DecimalSeparator, true, out var high))
        {
            var scale = lang.Scales.TryMatch(tokens, start + 1, end, out var scaleLength, out var s) ? s : 1m;
            (min, max, next) = (Decimals.Normalize(low * scale), Decimals.Normalize(high * scale), start + 1 + (scaleLength > 0 ? scaleLength : 0));
            return true;
        }
        if (!TryRead(tokens, start, end, lang, out var lower))
            return false;
        var join = start + lower.Length;
        // "entre 2 et 3": any join after an opener; without one only a join that cannot mean "and" ("33 à 35 GW").
        if (!(opened ? lang.IsCue(CueKind.RangeJoin, tokens, join, end, out var joinLength) : lang.IsCue(CueKind.RangeBareJoin, tokens, join, end, out joinLength)))
            return false;
        var second = join + joinLength;
        second += skip(second);
        if (!TryRead(tokens, second, end, lang, out var upper))
            return false;
        // "entre 2 et 3 milliards": the first bound takes the second's scale when it has none.
        var lowerScale = lower.Scale == 1 ? upper.Scale : lower.Scale;
        (min, max, next) = (Decimals.Normalize(lower.Number * lowerScale), upper.Value, second + upper.Length);
        return min < max; // "from 1 GW in 2027 to 5 GW" is no range from 2027 to 5
        
    }

    /// <summary>"plus de", "up to", "environ": the qualifier phrase ending right before <paramref name="start"/>, if any.</summary>
    public static string? QualifierBefore(IReadOnlyList<Token> tokens, int start, int lowerBound, LanguageResources lang)
    {
        foreach (var (kind, name) in new[] { (CueKind.QualifierMin, "min"), (CueKind.QualifierMax, "max"), (CueKind.QualifierApprox, "approx") })
            for (var k = Math.Max(lowerBound, start - 3); k < start; k++)
                if (lang.IsCue(kind, tokens, k, start, out var length) && k + length == start)
                    return name;
        return null;
    }

    /// <summary>
    /// Parses digits with separators. One separator kind used several times groups thousands; both kinds:
    /// the last is the decimal mark. A single separator is the language's decimal mark, except a comma
    /// before exactly three digits with no scale or unit after it ("1,200"), and a foreign mark before
    /// exactly three digits ("1.200" in French) which group thousands.
    /// </summary>
    public static bool TryParse(string text, char decimalSeparator, bool followedByScaleOrUnit, out decimal value)
    {
        value = 0;
        var s = text.Replace(" ", "").Replace("'", "");
        if (s.Length == 0 || !char.IsDigit(s[0]) || !char.IsDigit(s[^1]) || s.Any(c => !char.IsDigit(c) && c != '.' && c != ','))
            return false;
        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        string digits;
        if (dots > 0 && commas > 0)
        {
            var mark = s.LastIndexOfAny(['.', ',']);
            var separator = s[mark];
            if (s.Count(c => c == separator) > 1)
                return false;
            digits = s[..mark].Replace(".", "").Replace(",", "") + "." + s[(mark + 1)..];
        }
        else if (dots + commas > 1)
        {
            var separator = dots > 0 ? '.' : ',';
            var groups = s.Split(separator);
            if (groups.Skip(1).Any(g => g.Length != 3))
                return false;
            digits = s.Replace(separator.ToString(), "");
        }
        else if (dots + commas == 1)
        {
            var separator = dots == 1 ? '.' : ',';
            var mark = s.IndexOf(separator);
            var threeAfter = s.Length - mark - 1 == 3;
            var isDecimal = separator == decimalSeparator
                ? !(separator == ',' && threeAfter && !followedByScaleOrUnit)
                : !threeAfter;
            digits = isDecimal ? s[..mark] + "." + s[(mark + 1)..] : s.Remove(mark, 1);
        }
        else
        {
            digits = s;
        }
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
