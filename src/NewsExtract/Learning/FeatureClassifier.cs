using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsExtract.Learning;

/// <summary>One example for a classifier: its features as space-separated name=value pairs, and (in training) its label.</summary>
public sealed class FeatureRow
{
    public string Features { get; set; } = "";
    public string Label { get; set; } = "";
}

public sealed class FeaturePrediction
{
    [ColumnName("PredictedLabel")] public string Label { get; set; } = "";
    public float[] Score { get; set; } = [];
}

/// <summary>
/// A multiclass maximum-entropy classifier over sparse categorical features, the shape every learned
/// component here has: features hashed into a sparse vector (ML.NET), SDCA on one thread so the same
/// data and seed give the same model, and one prediction engine per thread since ML.NET's engines are
/// not thread-safe.
/// </summary>
public sealed class FeatureClassifier : IDisposable
{
    private const int HashBits = 18;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly ThreadLocal<PredictionEngine<FeatureRow, FeaturePrediction>> _engines;

    private FeatureClassifier(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
        _engines = new(() => _ml.Model.CreatePredictionEngine<FeatureRow, FeaturePrediction>(_model, _schema));
        VBuffer<ReadOnlyMemory<char>> names = default;
        _engines.Value!.OutputSchema["Score"].GetSlotNames(ref names);
        Labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The labels, in the order of <see cref="Probabilities"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static FeatureClassifier Train(IEnumerable<FeatureRow> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(FeatureRow.Label))
            .Append(ml.Transforms.Text.ProduceHashedWordBags("Vector", nameof(FeatureRow.Features), numberOfBits: HashBits, ngramLength: 1, useAllLengths: false))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Vector",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 30,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new FeatureClassifier(ml, pipeline.Fit(data), data.Schema);
    }

    public static FeatureClassifier Load(string path)
    {
        var ml = new MLContext(0);
        var model = ml.Model.Load(path, out var schema);
        return new FeatureClassifier(ml, model, schema);
    }

    public void Save(string path) => _ml.Model.Save(_model, _schema, path);

    /// <summary>The probability of each label, in the order of <see cref="Labels"/>.</summary>
    public float[] Probabilities(string features) => _engines.Value!.Predict(new FeatureRow { Features = features }).Score;

    public void Dispose() => _engines.Dispose();
}
