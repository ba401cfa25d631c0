using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Learning;

/// <summary>BIO labels of the tagger: "B-ORG" begins an organisation, "I-LOC" continues a place, "O" is outside.</summary>
public static class Tags
{
    public const string Outside = "O";
    public static string Begin(string type) => "B-" + type;
    public static string Inside(string type) => "I-" + type;
}

/// <summary>A span the tagger found: tokens [Start, End) and the entity type (ORG, LOC).</summary>
public readonly record struct TaggedSpan(int Start, int End, string Type);

/// <summary>
/// The learned half of name finding: a token classifier over BIO labels for organisations and places,
/// decoded per sentence with a constrained Viterbi so spans are always well formed (an I- label only
/// continues its own type, and a joining word such as "of" or "&amp;" neither begins nor ends a name).
/// It finds the names no gazetteer lists and no rule context reveals.
/// </summary>
public sealed class EntityTagger : IDisposable
{
    public const string FileName = "entity-tagger.zip";

    private readonly FeatureClassifier _classifier;
    private readonly string[] _labels;
    private readonly int _outside;

    public EntityTagger(FeatureClassifier classifier)
    {
        _classifier = classifier;
        _labels = classifier.Labels.ToArray();
        _outside = Array.IndexOf(_labels, Tags.Outside);
        if (_outside < 0)
            throw new InvalidDataException($"entity tagger model has no '{Tags.Outside}' label");
    }

    public static EntityTagger Train(IEnumerable<FeatureRow> rows, int seed) => new(FeatureClassifier.Train(rows, seed));

    public static EntityTagger Load(string path) => new(FeatureClassifier.Load(path));

    public void Save(string path) => _classifier.Save(path);

    /// <summary>The organisation and place spans of an article, as token ranges, given what the rules found.</summary>
    public IReadOnlyList<TaggedSpan> Tag(AnalyzedText text, IReadOnlyList<Entity> entities)
    {
        var documentNames = TokenFeatures.DocumentNames(text, entities);
        return text.Sentences.SelectMany(sentence => Tag(text, sentence, entities, documentNames)).ToList();
    }

    private List<TaggedSpan> Tag(AnalyzedText text, Sentence sentence, IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, string> documentNames)
    {
        var types = TokenFeatures.RuleTypes(sentence, entities);
        var n = sentence.TokenCount;
        var k = _labels.Length;
        var joiner = new bool[n];
        var canBegin = new bool[n];
        var emission = new float[n][];
        for (var t = 0; t < n; t++)
        {
            var i = sentence.TokenStart + t;
            joiner[t] = text.Language.NameJoiners.Contains(text.Tokens[i].Lower);
            canBegin[t] = text.Tokens[i].Text.Any(char.IsUpper) && text.Tokens[i].Text.Count(char.IsLetterOrDigit) > 1;
            // Names have an upper-case letter; a digit or a joining word can only continue one. Other
            // tokens are outside without asking the model, which keeps tagging cheap.
            if (IsCandidate(text, sentence, i, joiner[t]))
            {
                emission[t] = _classifier.Probabilities(TokenFeatures.For(text, sentence, i, types, documentNames));
                for (var j = 0; j < k; j++)
                    emission[t][j] = MathF.Log(Math.Max(emission[t][j], 1e-9f));
            }
        }
        return Spans(sentence.TokenStart, Decode(emission, joiner, canBegin));
    }

    private static bool IsCandidate(AnalyzedText text, Sentence sentence, int i, bool joiner)
    {
        var token = text.Tokens[i];
        if (token.Text.Any(char.IsUpper))
            return true;
        var follows = i > sentence.TokenStart && text.Tokens[i - 1].Text.Any(char.IsUpper);
        return follows && (token.StartsWithDigit || joiner && i + 1 < sentence.TokenEnd && text.Tokens[i + 1].Text.Any(char.IsUpper));
    }

    // Highest-scoring label sequence under the constraints; tokens not asked are outside, and only a
    // word with a capital and more than one character begins a name ("série B" is no company, "G42" is).
    private int[] Decode(float[]?[] emission, bool[] joiner, bool[] canBegin)
    {
        var n = emission.Length;
        var k = _labels.Length;
        var best = new float[n, k];
        var back = new int[n, k];
        for (var t = 0; t < n; t++)
            for (var j = 0; j < k; j++)
            {
                var local = Emission(emission[t], j);
                if (float.IsNegativeInfinity(local) || !canBegin[t] && _labels[j].StartsWith("B-", StringComparison.Ordinal))
                {
                    best[t, j] = float.NegativeInfinity;
                    continue;
                }
                if (t == 0)
                {
                    best[t, j] = IsInside(j) ? float.NegativeInfinity : local;
                    continue;
                }
                var (score, from) = (float.NegativeInfinity, _outside);
                for (var p = 0; p < k; p++)
                    if (Allowed(p, j, joiner[t - 1]) && best[t - 1, p] > score)
                        (score, from) = (best[t - 1, p], p);
                best[t, j] = score + local;
                back[t, j] = from;
            }
        var path = new int[n];
        if (n == 0)
            return path;
        var last = _outside;
        for (var j = 0; j < k; j++)
            if (!(joiner[n - 1] && j != _outside) && best[n - 1, j] > best[n - 1, last])
                last = j;
        for (var t = n - 1; t >= 0; t--)
        {
            path[t] = last;
            last = back[t, last];
        }
        return path;
    }

    private float Emission(float[]? scores, int label) =>
        scores is not null ? scores[label] : label == _outside ? 0f : float.NegativeInfinity;

    private bool IsInside(int label) => _labels[label].StartsWith("I-", StringComparison.Ordinal);

    private string TypeOf(int label) => _labels[label][2..];

    // I-X only continues X; a name that has reached a joining word must go on past it.
    private bool Allowed(int previous, int current, bool previousIsJoiner)
    {
        var previousInName = previous != _outside;
        if (previousIsJoiner && previousInName)
            return IsInside(current) && TypeOf(current) == TypeOf(previous);
        return !IsInside(current) || previousInName && TypeOf(current) == TypeOf(previous);
    }

    private List<TaggedSpan> Spans(int offset, int[] path)
    {
        var spans = new List<TaggedSpan>();
        for (var t = 0; t < path.Length; t++)
        {
            if (path[t] == _outside || IsInside(path[t]))
                continue;
            var end = t + 1;
            while (end < path.Length && IsInside(path[end]))
                end++;
            spans.Add(new TaggedSpan(offset + t, offset + end, TypeOf(path[t])));
        }
        return spans;
    }

    public void Dispose() => _classifier.Dispose();
}
