using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// MONEY: a currency before the quantity ("$30bn", "US$500 million", "USD 2.5 billion") or after it
/// ("30 milliards de dollars", "400 M€", "30 Md$"), then an optional period ("par an", "a year").
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
            if (TryAt(tokens, i, end, lang, out var length, out var value, out var currency, out var period))
            {
                var last = i + length;
                found.Add(new MoneyEntity(text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last, value, currency, period));
                i = last - 1;
            }
        }
    }

    private static bool TryAt(IReadOnlyList<Token> tokens, int i, int end, LanguageResources lang,
        out int length, out decimal value, out string currency, out string? period)
    {
        length = 0;
        value = 0;
        period = null;
        int next;
        if (lang.Currencies.TryMatch(tokens, i, end, out var prefixLength, out currency) && CanPrecede(tokens, i, prefixLength)
            && NumberReader.TryRead(tokens, i + prefixLength, end, lang, out var quantity))
        {
            next = i + prefixLength + quantity.Length;
        }
        else if (NumberReader.TryRead(tokens, i, end, lang, out quantity))
        {
            next = i + quantity.Length;
            if (!lang.Currencies.TryMatch(tokens, next, end, out var suffixLength, out currency))
            {
                if (!lang.MoneyConnectors.TryMatch(tokens, next, end, out var connector, out _)
                    || !lang.Currencies.TryMatch(tokens, next + connector, end, out suffixLength, out currency))
                    return false;
                next += connector;
            }
            next += suffixLength;
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
        value = quantity.Value;
        length = next - i;
        return true;
    }

    // Only symbols and codes stand before the number: "$30", "USD 30", but not "dollars 30".
    private static bool CanPrecede(IReadOnlyList<Token> tokens, int i, int length) =>
        length == 1 && (tokens[i].Text.Any(c => !char.IsLetter(c)) || tokens[i].Text.All(char.IsUpper));
}
