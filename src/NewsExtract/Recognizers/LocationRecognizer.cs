using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>LOC: places from the language's gazetteer, folded to their English canonical name.</summary>
public sealed class LocationRecognizer : IEntityRecognizer
{
    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            if (!text.Language.Places.TryMatch(tokens, i, sentence.TokenEnd, out var length, out var place))
                continue;
            var last = i + length;
            found.Add(new NamedEntity(EntityTypes.Location, text.Slice(i, last), tokens[i].Start, tokens[last - 1].End, i, last, place.Name));
            i = last - 1;
        }
    }
}
