using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// CAPACITY: a quantity or a range followed by a power or energy unit ("4,5 gigawatts", "300 MW",
/// "2 TWh", "entre 2 et 3 GW"); a qualifier before it ("plus de", "up to") is kept as a field.
/// </summary>
public sealed class CapacityRecognizer : IEntityRecognizer
{
    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var end = sentence.TokenEnd;
        for (var i = sentence.TokenStart; i < end; i++)
        {
            if (!NumberReader.TryReadAmount(tokens, i, end, lang, _ => 0, out var amount))
                continue;
            var unitAt = i + amount.Length;
            if (!lang.Units.TryMatch(tokens, unitAt, end, out var unitLength, out var unit))
                continue;
            var last = unitAt + unitLength;
            found.Add(new CapacityEntity(text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last,
                amount.Value, unit.Symbol, amount.Value is { } v ? Decimals.Normalize(v * unit.Factor) : null, unit.BaseUnit)
            {
                Min = amount.Min,
                Max = amount.Max,
                Qualifier = NumberReader.QualifierBefore(tokens, i, sentence.TokenStart, lang),
            });
            i = last - 1;
        }
    }
}
