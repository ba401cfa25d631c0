using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// Once context has shown a name to be an organisation or a project somewhere in an article, its other
/// mentions there are the same entity even where their own context says nothing.
/// </summary>
public static class NamePropagator
{
    public static IEnumerable<Entity> Propagate(AnalyzedText text, IReadOnlyList<Entity> resolved)
    {
        var names = new PhraseLexicon<NamedEntity>();
        foreach (var e in resolved.OfType<NamedEntity>())
            if (e.Type == EntityTypes.Project || e.Origin != EntityOrigin.Gazetteer)
            {
                names.Add(text.Tokens.Skip(e.TokenStart).Take(e.TokenLength).Select(t => t.Text).ToArray(), e);
                names.Add(text.Language.Split(e.Name), e);
            }
        if (names.Count == 0)
            yield break;
        foreach (var sentence in text.Sentences)
            for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
            {
                if (!names.TryMatch(text.Tokens, i, sentence.TokenEnd, out var length, out var known))
                    continue;
                var last = i + length;
                yield return known with
                {
                    Text = text.Slice(i, last), Start = text.Tokens[i].Start, End = text.Tokens[last - 1].End,
                    TokenStart = i, TokenEnd = last,
                };
                i = last - 1;
            }
    }
}
