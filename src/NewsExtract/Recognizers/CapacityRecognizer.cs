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
            // "2 milliards de kWh": the connector of amounts may stand before the unit too.
            if (!lang.Units.TryMatch(tokens, unitAt, end, out var unitLength, out var unit)
                && !(lang.MoneyConnectors.TryMatch(tokens, unitAt, end, out var connector, out _) && lang.Units.TryMatch(tokens, unitAt += connector, end, out unitLength, out unit)))
                continue;
            var last = unitAt + unitLength;
            var value = amount.Value;
            // "un gigawatt et demi"
            if (value is not null && lang.Fractions.TryMatch(tokens, last, end, out var fractionLength, out var fraction))
            {
                value += fraction;
                last += fractionLength;
            }
            found.Add(new CapacityEntity(text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last,
                value, unit.Symbol, value is { } v ? Decimals.Normalize(v * unit.Factor) : null, unit.BaseUnit)
            {
                Min = amount.Min,
                Max = amount.Max,
                Qualifier = NumberReader.QualifierBefore(tokens, i, sentence.TokenStart, lang),
            });
            i = last - 1;
        }
    }
}
