using System.Text;
using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Learning;

/// <summary>
/// The features of a token for the entity tagger, as one space-separated string of name=value pairs
/// (hashed into a sparse vector by ML.NET): the word, its lower case and shape, prefixes and suffixes,
/// the neighbours in a ±2 window, what the rules found there (gazetteer or inferred ORG, LOC, amounts),
/// and whether a deal word or a preposition of the other party stands before it.
/// </summary>
public static class TokenFeatures
{
    public static string For(AnalyzedText text, Sentence sentence, int i, string?[] ruleTypes, IReadOnlyDictionary<string, string> documentNames)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var features = new StringBuilder(256);
        void Add(string name, string value) => features.Append(name).Append('=').Append(value.Replace(' ', '_')).Append(' ');

        var token = tokens[i];
        Add("w", token.Lower);
        Add("shape", Shape(token.Text));
        Add("p3", token.Lower.Length > 3 ? token.Lower[..3] : token.Lower);
        Add("s3", token.Lower.Length > 3 ? token.Lower[^3..] : token.Lower);
        Add("first", (i == sentence.TokenStart).ToString());
        Add("stop", lang.StopWords.Contains(token.Lower).ToString());
        Add("rule", ruleTypes[i - sentence.TokenStart] ?? "none");
        Add("tail", lang.OrganizationTailWords.Contains(token.Lower).ToString());
        // A word the rules found in a name elsewhere in the article: "Velmora Shipping Ltd" makes "Velmora Shipping" one.
        Add("doc", documentNames.GetValueOrDefault(token.Lower, "none"));
        Add("tail+1", (i + 1 < sentence.TokenEnd && lang.OrganizationTailWords.Contains(tokens[i + 1].Lower)).ToString());
        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
                continue;
            var k = i + offset;
            var inside = k >= sentence.TokenStart && k < sentence.TokenEnd;
            Add($"w{offset}", inside ? tokens[k].Lower : "<pad>");
            Add($"shape{offset}", inside ? Shape(tokens[k].Text) : "<pad>");
            Add($"rule{offset}", inside ? ruleTypes[k - sentence.TokenStart] ?? "none" : "<pad>");
        }
        // Conjunctions a linear model cannot form itself: a capitalised word after or before another
        // ("Harbourline Bank", "Velmora Shipping") is inside a name far more often than alone.
        var previousShape = i > sentence.TokenStart ? Shape(tokens[i - 1].Text) : "<pad>";
        var nextShape = i + 1 < sentence.TokenEnd ? Shape(tokens[i + 1].Text) : "<pad>";
        Add("shape-1|shape", previousShape + "|" + Shape(token.Text));
        Add("shape|shape+1", Shape(token.Text) + "|" + nextShape);
        Add("w-1|shape", (i > sentence.TokenStart ? tokens[i - 1].Lower : "<pad>") + "|" + Shape(token.Text));
        Add("shape|w+1", Shape(token.Text) + "|" + (i + 1 < sentence.TokenEnd ? tokens[i + 1].Lower : "<pad>"));
        if (i > sentence.TokenStart)
        {
            Add("trigger-1", lang.Triggers.TryMatch(tokens, i - 1, i, out _, out _).ToString());
            Add("cue-1", (lang.IsCue(CueKind.Counterpart, tokens, i - 1, i, out _) || lang.IsCue(CueKind.Passive, tokens, i - 1, i, out _)).ToString());
        }
        if (i + 1 < sentence.TokenEnd)
            Add("trigger+1", lang.Triggers.TryMatch(tokens, i + 1, sentence.TokenEnd, out _, out _).ToString());
        Add("lang", lang.Code);
        return features.ToString();
    }

    /// <summary>The capitalised words of the organisations and places the rules found anywhere in the article, with their type.</summary>
    public static IReadOnlyDictionary<string, string> DocumentNames(AnalyzedText text, IEnumerable<Entity> entities)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.OfType<NamedEntity>().Where(e => e.Type is EntityTypes.Organization or EntityTypes.Location))
            for (var k = e.TokenStart; k < e.TokenEnd; k++)
                if (text.Tokens[k].IsCapitalized)
                    names.TryAdd(text.Tokens[k].Lower, e.Type);
        return names;
    }

    /// <summary>For each token of the sentence, the type of the rule entity covering it ("ORG-gazetteer", "LOC"...).</summary>
    public static string?[] RuleTypes(Sentence sentence, IEnumerable<Entity> entities)
    {
        var types = new string?[sentence.TokenCount];
        foreach (var e in entities)
            for (var k = Math.Max(e.TokenStart, sentence.TokenStart); k < Math.Min(e.TokenEnd, sentence.TokenEnd); k++)
                types[k - sentence.TokenStart] = e is NamedEntity { Type: EntityTypes.Organization } org ? $"ORG-{org.Origin}" : e.Type;
        return types;
    }

    /// <summary>Xxxx, XX, dd, xx'... with runs collapsed: "OpenAI" → "XxX", "4,5" → "d,d".</summary>
    public static string Shape(string text)
    {
        var shape = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (shape.Length == 0 || shape[^1] != s)
                shape.Append(s);
        }
        return shape.ToString();
    }
}
