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

    public static bool TryRead(IReadOnlyList<Token> tokens, int start, int end, LanguageResources lang, out Quantity quantity)
    {
        quantity = default;
        if (start >= end)
            return false;
        var token = tokens[start];
        var hasScale = lang.Scales.TryMatch(tokens, start + 1, end, out var scaleLength, out var scale);
        if (!hasScale)
        {
            scale = 1;
            scaleLength = 0;
        }
        decimal number;
        if (token.StartsWithDigit)
        {
            var followedByUnit = hasScale || lang.Units.TryMatch(tokens, start + 1, end, out _, out _);
            if (!TryParse(token.Text, lang.DecimalSeparator, followedByUnit, out number))
                return false;
        }
        else if (!lang.NumberWords.TryGetValue(token.Lower, out number) || (!hasScale && token.Text.Length == 1))
        {
            // A one-letter number word ("a") counts only before a scale: "a billion".
            return false;
        }
        quantity = new Quantity(number, scale, 1 + scaleLength);
        return true;
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
