using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>CAPACITY: a quantity followed by a power or energy unit ("4,5 gigawatts", "300 MW", "2 TWh").</summary>
public sealed class CapacityRecognizer : IEntityRecognizer
{
    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var end = sentence.TokenEnd;
        for (var i = sentence.TokenStart; i < end; i++)
        {
            if (!NumberReader.TryRead(tokens, i, end, lang, out var quantity))
                continue;
            var unitAt = i + quantity.Length;
            if (!lang.Units.TryMatch(tokens, unitAt, end, out var unitLength, out var unit))
                continue;
            var last = unitAt + unitLength;
            var value = quantity.Value;
            found.Add(new CapacityEntity(text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last,
                value, unit.Symbol, Decimals.Normalize(value * unit.Factor), unit.BaseUnit));
            i = last - 1;
        }
    }
}
