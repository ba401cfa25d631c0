using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsExtract.Corpus;
using NewsExtract.Evaluation;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Learning;

/// <summary>Trains the models on an annotated corpus and writes them with a manifest of what made them.</summary>
public sealed class ModelTrainer(string languagesDirectory)
{
    public sealed record Result(string ManifestPath, EvaluationReport? RulesOnDev, EvaluationReport? ModelsOnDev, bool DealJudgeTrained);

    public Result Train(string trainFolder, string? devFolder, string outputFolder, int seed)
    {
        var rules = Pipeline.Load(new PipelineOptions { LanguagesDirectory = languagesDirectory, ModelsDirectory = null });
        var rows = TaggerRows(rules, trainFolder).ToList();
        if (rows.Select(r => r.Label).Distinct().Count() < 2)
            throw new InvalidDataException($"{trainFolder}: no annotated organisation or place to learn from (is it an annotated corpus split, with gold/ beside it?)");
        Directory.CreateDirectory(outputFolder);
        using (var tagger = EntityTagger.Train(rows, seed))
            tagger.Save(Path.Combine(outputFolder, EntityTagger.FileName));
        // The deal judge learns from what the deal rules see once the tagger has added its names; a corpus
        // without deals (entities imported from doccano or BRAT) trains the tagger alone, and no judge of an
        // earlier training is left beside it.
        var withTagger = Pipeline.Load(new PipelineOptions { LanguagesDirectory = languagesDirectory, ModelsDirectory = outputFolder });
        var dealRows = DealTrainingRows.Collect(withTagger, trainFolder);
        var judged = dealRows.Sets.All(set => set.Select(r => r.Label).Distinct().Count() >= 2);
        foreach (var file in DealModels.Files)
            File.Delete(Path.Combine(outputFolder, file));
        if (judged)
            using (var dealModels = DealModels.Train(dealRows, seed))
                dealModels.Save(outputFolder);

        EvaluationReport? before = null, after = null;
        if (devFolder is not null)
        {
            before = new Evaluator(rules).Evaluate(devFolder);
            after = new Evaluator(Pipeline.Load(new PipelineOptions { LanguagesDirectory = languagesDirectory, ModelsDirectory = outputFolder })).Evaluate(devFolder);
        }
        var manifest = Path.Combine(outputFolder, "manifest.json");
        File.WriteAllText(manifest, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["models"] = Models(rows.Count, judged ? dealRows : null),
            ["deal_judge"] = judged ? "trained" : "not trained: the corpus has too few annotated deals (each judge needs examples of two answers)",
            ["training_data"] = trainFolder.Replace('\\', '/'),
            ["training_data_sha256"] = Hash(rows.Concat(dealRows.Sets.SelectMany(set => set))),
            ["seed"] = seed,
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dev"] = devFolder?.Replace('\\', '/'),
            ["dev_f1_rules"] = before is null ? null : Scores(before),
            ["dev_f1_models"] = after is null ? null : Scores(after),
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        return new Result(manifest, before, after, judged);
    }

    private static Dictionary<string, object> Models(int taggerRows, DealTrainingRows? deals)
    {
        var models = new Dictionary<string, object>
        {
            [EntityTagger.FileName] = new { kind = "ORG and LOC token tagger (BIO, constrained Viterbi), SDCA maximum entropy over hashed features", version = 2, rows = taggerRows },
        };
        if (deals is null)
            return models;
        models[DealModels.TypeFile] = new { kind = "deal type of a deal sentence, SDCA maximum entropy", version = 1, rows = deals.Types.Count, overrides_rules_above = DealModels.TypeAbove };
        models[DealModels.PartyFile] = new { kind = "party or not, for each organisation the deal rules place in a deal sentence; SDCA maximum entropy", version = 1, rows = deals.Parties.Count, vetoes_below = DealModels.VetoBelow };
        models[DealModels.RoleFile] = new { kind = "role of a party in its deal, SDCA maximum entropy", version = 1, rows = deals.Roles.Count, overrides_rules_above = DealModels.RoleAbove };
        models[DealModels.StatusFile] = new { kind = "status of a deal sentence (announced, planned, rumoured, denied), SDCA maximum entropy", version = 1, rows = deals.Statuses.Count, overrides_rules_above = DealModels.StatusAbove };
        models[DealModels.TermFile] = new { kind = "the deal's own amount or capacity or not, for each one the deal rules may take; SDCA maximum entropy", version = 1, rows = deals.Terms.Count, vetoes_below = DealModels.VetoBelow };
        return models;
    }

    /// <summary>One row per token of the corpus: features from the rules' view of the text, label from the gold ORG and LOC spans.</summary>
    public static IEnumerable<FeatureRow> TaggerRows(Pipeline rules, string corpusFolder)
    {
        foreach (var (document, gold) in CorpusLayout.Annotated(corpusFolder))
        {
            var analyzed = rules.Analyze(document.Text, rules.LanguageOrDefault(gold.Language));
            var entities = rules.Recognize(analyzed);
            var documentNames = TokenFeatures.DocumentNames(analyzed, entities);
            var names = gold.Entities.Where(e => e.Type is EntityTypes.Organization or EntityTypes.Location).ToArray();
            foreach (var sentence in analyzed.Sentences)
            {
                var types = TokenFeatures.RuleTypes(sentence, entities);
                for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
                {
                    var token = analyzed.Tokens[i];
                    var span = names.FirstOrDefault(o => token.Start >= o.Start && token.End <= o.End);
                    var label = span is null ? Tags.Outside
                        : i > sentence.TokenStart && analyzed.Tokens[i - 1].Start >= span.Start ? Tags.Inside(span.Type) : Tags.Begin(span.Type);
                    yield return new FeatureRow { Features = TokenFeatures.For(analyzed, sentence, i, types, documentNames), Label = label };
                }
            }
        }
    }

    private static Dictionary<string, double> Scores(EvaluationReport report) =>
        report.Scores[EvaluationReport.AllLanguages]
            .Where(m => m.Key is "ORG span" or "ORG value" or "PARTY" or "DEAL" or "TYPE" or "AMOUNT")
            .ToDictionary(m => m.Key, m => Math.Round(m.Value.F1, 4));

    private static string Hash(IEnumerable<FeatureRow> rows)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows)
            sha.AppendData(Encoding.UTF8.GetBytes(row.Label + "\t" + row.Features + "\n"));
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }
}
