using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Learning;

public static class Tags
{
    public const string Begin = "B-ORG";
    public const string Inside = "I-ORG";
    public const string Outside = "O";
}

/// <summary>
/// The learned half of organisation finding: a token classifier tagging B-ORG / I-ORG / O, decoded so
/// spans are always well formed (an I-ORG with no ORG before it starts one). It finds organisations no
/// gazetteer lists and no rule context reveals.
/// </summary>
public sealed class EntityTagger : IDisposable
{
    public const string FileName = "entity-tagger.zip";

    private readonly FeatureClassifier _classifier;

    public EntityTagger(FeatureClassifier classifier) => _classifier = classifier;

    public static EntityTagger Train(IEnumerable<FeatureRow> rows, int seed) => new(FeatureClassifier.Train(rows, seed));

    public static EntityTagger Load(string path) => new(FeatureClassifier.Load(path));

    public void Save(string path) => _classifier.Save(path);

    /// <summary>The organisation spans of a sentence, as token ranges.</summary>
    public IReadOnlyList<(int Start, int End)> Tag(AnalyzedText text, Sentence sentence, IReadOnlyList<Entity> entities)
    {
        var types = TokenFeatures.RuleTypes(sentence, entities);
        var spans = new List<(int Start, int End)>();
        var open = -1;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            // Names have an upper-case letter or a digit, or join two name words ("AT&T", "Procter & Gamble"):
            // other tokens are outside without asking the model, which keeps tagging cheap.
            var token = text.Tokens[i];
            var candidate = token.Text.Any(char.IsUpper) || token.StartsWithDigit && open >= 0 || open >= 0 && token.Text is "&" or "-" or "de" or "des" or "of";
            var label = candidate ? _classifier.Predict(TokenFeatures.For(text, sentence, i, types)) : Tags.Outside;
            if (label == Tags.Begin || label == Tags.Inside && open < 0)
            {
                if (open >= 0)
                    spans.Add((open, i));
                open = i;
            }
            else if (label == Tags.Outside && open >= 0)
            {
                spans.Add((open, i));
                open = -1;
            }
        }
        if (open >= 0)
            spans.Add((open, sentence.TokenEnd));
        return spans;
    }

    public void Dispose() => _classifier.Dispose();
}
