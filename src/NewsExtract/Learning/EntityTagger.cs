using Microsoft.ML;
using Microsoft.ML.Data;
using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Learning;

/// <summary>One token for the tagger: its features, and (in training) its BIO label.</summary>
public sealed class TokenRow
{
    public string Features { get; set; } = "";
    public string Label { get; set; } = Tags.Outside;
}

public sealed class TokenPrediction
{
    [ColumnName("PredictedLabel")] public string Label { get; set; } = Tags.Outside;
    public float[] Score { get; set; } = [];
}

public static class Tags
{
    public const string Begin = "B-ORG";
    public const string Inside = "I-ORG";
    public const string Outside = "O";
}

/// <summary>
/// The learned half of organisation finding: a maximum-entropy token classifier (ML.NET SDCA over
/// hashed sparse features) tagging B-ORG / I-ORG / O, decoded so spans are always well formed (an
/// I-ORG with no ORG before it starts one). It finds organisations no gazetteer lists and no rule
/// context reveals. One prediction engine per thread: ML.NET's engines are not thread-safe.
/// </summary>
public sealed class EntityTagger : IDisposable
{
    public const string FileName = "entity-tagger.zip";
    private const int HashBits = 18;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<TokenRow, TokenPrediction>> _engines;
    private readonly DataViewSchema _schema;

    private EntityTagger(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
        _engines = new(() => _ml.Model.CreatePredictionEngine<TokenRow, TokenPrediction>(_model, _schema));
    }

    public static EntityTagger Train(IEnumerable<TokenRow> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TokenRow.Label))
            .Append(ml.Transforms.Text.ProduceHashedWordBags("Vector", nameof(TokenRow.Features), numberOfBits: HashBits, ngramLength: 1, useAllLengths: false))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Vector",
                NumberOfThreads = 1, // one thread: the same data and seed give the same model
                MaximumNumberOfIterations = 30,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new EntityTagger(ml, pipeline.Fit(data), data.Schema);
    }

    public static EntityTagger Load(string path)
    {
        var ml = new MLContext(0);
        var model = ml.Model.Load(path, out var schema);
        return new EntityTagger(ml, model, schema);
    }

    public void Save(string path) => _ml.Model.Save(_model, _schema, path);

    /// <summary>The organisation spans of a sentence, as token ranges.</summary>
    public IReadOnlyList<(int Start, int End)> Tag(AnalyzedText text, Sentence sentence, IReadOnlyList<Entity> entities)
    {
        var types = TokenFeatures.RuleTypes(sentence, entities);
        var engine = _engines.Value!;
        var spans = new List<(int Start, int End)>();
        var open = -1;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            // Names have an upper-case letter or a digit, or join two name words ("AT&T", "Procter & Gamble"):
            // other tokens are outside without asking the model, which keeps tagging cheap.
            var token = text.Tokens[i];
            var candidate = token.Text.Any(char.IsUpper) || token.StartsWithDigit && open >= 0 || open >= 0 && token.Text is "&" or "-" or "de" or "des" or "of";
            var label = candidate ? engine.Predict(new TokenRow { Features = TokenFeatures.For(text, sentence, i, types) }).Label : Tags.Outside;
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

    public void Dispose() => _engines.Dispose();
}
