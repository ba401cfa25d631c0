using System.Globalization;
using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// DATE: full dates ("15 janvier 2028", "January 15, 2028"), month and year ("mars 2027"), and years
/// ("2028"). Values are ISO 8601 prefixes: "2028-01-15", "2027-03", "2028".
/// </summary>
public sealed class DateRecognizer : IEntityRecognizer
{
    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var months = text.Language.Months;
        var end = sentence.TokenEnd;
        for (var i = sentence.TokenStart; i < end; i++)
        {
            int length;
            string value;
            // Day Month Year
            if (Day(tokens[i]) is { } day && months.TryMatch(tokens, i + 1, end, out var ml, out var month)
                && i + 1 + ml < end && Year(tokens[i + 1 + ml]) is { } y1)
            {
                (length, value) = (2 + ml, Iso(y1, month, day));
            }
            // Month Day, Year
            else if (months.TryMatch(tokens, i, end, out ml, out month) && i + ml + 2 < end && Day(tokens[i + ml]) is { } d2
                     && tokens[i + ml + 1].Text == "," && Year(tokens[i + ml + 2]) is { } y2)
            {
                (length, value) = (ml + 3, Iso(y2, month, d2));
            }
            // Month Year
            else if (months.TryMatch(tokens, i, end, out ml, out month) && i + ml < end && Year(tokens[i + ml]) is { } y3)
            {
                (length, value) = (ml + 1, Iso(y3, month, null));
            }
            else if (Year(tokens[i]) is { } y4)
            {
                (length, value) = (1, Iso(y4, null, null));
            }
            else
            {
                continue;
            }
            var last = i + length;
            found.Add(new DateEntity(text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last, value));
            i = last - 1;
        }
    }

    private static int? Year(Token token) =>
        token.Text.Length == 4 && token.Text.All(char.IsDigit) && int.Parse(token.Text, CultureInfo.InvariantCulture) is var y and >= 1900 and <= 2100
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
