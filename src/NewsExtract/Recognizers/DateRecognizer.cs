using System.Globalization;
using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// DATE: full dates ("15 janvier 2028", "January 15, 2028"), month and year ("mars 2027"), quarters
/// ("Q3 2026", "troisième trimestre 2026" → "2026-Q3"), years ("2028"), with a qualifier field (outside
/// the span) when the text says which part ("début 2027", "mi-2027", "late 2027", "d'ici 2030"), and relative dates ("janvier
/// dernier", "next year") resolved against the article's publication date (value null without one).
/// </summary>
public sealed class DateRecognizer : IEntityRecognizer
{
    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var end = sentence.TokenEnd;
        for (var i = sentence.TokenStart; i < end; i++)
        {
            var qualifier = lang.DateQualifiers.TryMatch(tokens, i, end, out var qualifierLength, out var q) ? q : null;
            var at = qualifier is null ? i : i + qualifierLength;
            if (!TryDateAt(text, at, end, out var length, out var value, out var partQualifier))
            {
                continue;
            }
            // As for amounts, the qualifier ("fin", "d'ici", "late") is a field, not part of the span.
            var last = at + length;
            found.Add(new DateEntity(text.Slice(at, last), tokens[at].Start, tokens[last - 1].End, at, last, value)
            {
                Qualifier = partQualifier ?? qualifier,
            });
            i = last - 1;
        }
    }

    private static bool TryDateAt(AnalyzedText text, int i, int end, out int length, out string? value, out string? qualifier)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var months = lang.Months;
        (length, value, qualifier) = (0, null, null);
        if (i >= end)
            return false;
        if (lang.RelativeDates.TryMatch(tokens, i, end, out var relativeLength, out var relative))
        {
            length = relativeLength;
            value = Resolve(relative, text.Published);
            return true;
        }
        // "mi-2027", "mid-2027": qualifier and year in one token.
        var dash = tokens[i].Text.LastIndexOf('-');
        if (dash > 0 && Year(tokens[i].Text[(dash + 1)..]) is { } glued
            && lang.DateQualifiers.TryMatch([new Token(tokens[i].Text[..(dash + 1)], 0, 0, 0, 0, 0)], 0, out _, out var gluedQualifier))
        {
            (length, value, qualifier) = (1, Iso(glued, null, null), gluedQualifier);
            return true;
        }
        if (lang.Quarters.TryMatch(tokens, i, end, out var quarterLength, out var quarter) && i + quarterLength < end && Year(tokens[i + quarterLength].Text) is { } qy)
        {
            (length, value) = (quarterLength + 1, FormattableString.Invariant($"{qy:D4}-Q{quarter}"));
            return true;
        }
        if (Day(tokens[i]) is { } day && months.TryMatch(tokens, i + 1, end, out var ml, out var month)
            && i + 1 + ml < end && Year(tokens[i + 1 + ml].Text) is { } y1)
        {
            (length, value) = (2 + ml, Iso(y1, month, day));
            return true;
        }
        if (months.TryMatch(tokens, i, end, out ml, out month))
        {
            if (i + ml + 2 < end && Day(tokens[i + ml]) is { } d2 && tokens[i + ml + 1].Text == "," && Year(tokens[i + ml + 2].Text) is { } y2)
            {
                (length, value) = (ml + 3, Iso(y2, month, d2));
                return true;
            }
            if (i + ml < end && Year(tokens[i + ml].Text) is { } y3)
            {
                (length, value) = (ml + 1, Iso(y3, month, null));
                return true;
            }
            return false;
        }
        // "2000 people", "2028 salariés": a bare year followed by a noun counts things.
        if (Year(tokens[i].Text) is { } y4 && !(i + 1 < end && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && !lang.StopWords.Contains(tokens[i + 1].Lower)
                                                && !lang.Months.TryMatch(tokens, i + 1, end, out _, out _)))
        {
            (length, value) = (1, Iso(y4, null, null));
            return true;
        }
        return false;
    }

    private static string? Resolve(RelativeDate relative, DateOnly? published)
    {
        if (published is not { } date)
            return null;
        if (relative.Unit == "year")
            return Iso(date.Year + relative.Offset, null, null);
        // "janvier dernier" is the latest January before the article: this year's if already past.
        var month = int.Parse(relative.Unit, CultureInfo.InvariantCulture);
        var year = relative.Offset < 0
            ? (month < date.Month ? date.Year : date.Year - 1)
            : (month > date.Month ? date.Year : date.Year + 1);
        return Iso(year, month, null);
    }

    private static int? Year(string text) =>
        text.Length == 4 && text.All(char.IsDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var y and >= 1900 and <= 2100
            ? y : null;

    private static int? Day(Token token)
    {
        var t = token.Lower.EndsWith("er") ? token.Lower[..^2] : token.Lower;
        return t.Length is 1 or 2 && t.All(char.IsDigit) && int.Parse(t, CultureInfo.InvariantCulture) is var d and >= 1 and <= 31 ? d : null;
    }

    private static string Iso(int year, int? month, int? day) =>
        month is null ? year.ToString("D4", CultureInfo.InvariantCulture)
        : day is null ? $"{year:D4}-{month:D2}"
        : $"{year:D4}-{month:D2}-{day:D2}";
}
