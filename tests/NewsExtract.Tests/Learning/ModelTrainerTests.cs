using System.Text.Json;
using NewsExtract.Export;
using NewsExtract.Ingestion;
using NewsExtract.Learning;

namespace NewsExtract.Tests.Learning;

public class ModelTrainerTests
{
    // A few annotated articles of each language, copied with their annotations into a corpus of their own.
    private static string TinyCorpus(TempFolder temp)
    {
        foreach (var language in new[] { "en", "fr" })
            foreach (var article in Directory.GetFiles(TestData.Corpus("train", language), "*.txt").Order(StringComparer.Ordinal).Take(4))
            {
                var name = Path.GetFileName(article);
                File.Copy(article, temp.File(Path.Combine("tiny", "train", language, name)));
                File.Copy(TestData.Corpus("gold", "train", language, name + ".json"), temp.File(Path.Combine("tiny", "gold", "train", language, name + ".json")));
            }
        return Path.Combine(temp.Path, "tiny", "train");
    }

    private static string Extracted(string modelsFolder, string article)
    {
        var pipeline = Pipeline.Load(new PipelineOptions { ModelsDirectory = modelsFolder });
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ArticleJson.Options))
            ArticleJson.Write(json, pipeline.Extract(new Document("a", File.ReadAllText(article), null, 0)));
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Training_on_a_tiny_corpus_writes_every_model_and_a_manifest_the_pipeline_loads()
    {
        using var temp = new TempFolder();
        var corpus = TinyCorpus(temp);
        var output = Path.Combine(temp.Path, "models");

        var result = new ModelTrainer(new PipelineOptions().LanguagesDirectory).Train(corpus, null, output, seed: 3);

        foreach (var file in DealModels.Files.Append(EntityTagger.FileName))
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        using var manifest = JsonDocument.Parse(File.ReadAllText(result.ManifestPath));
        Assert.Equal(3, manifest.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(DealModels.Files.Count + 1, manifest.RootElement.GetProperty("models").EnumerateObject().Count());
        Assert.True(Pipeline.Load(new PipelineOptions { ModelsDirectory = output }).HasModels);
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_models_and_the_same_extraction()
    {
        using var temp = new TempFolder();
        var corpus = TinyCorpus(temp);
        var trainer = new ModelTrainer(new PipelineOptions().LanguagesDirectory);
        var first = trainer.Train(corpus, null, Path.Combine(temp.Path, "a"), seed: 5);
        var second = trainer.Train(corpus, null, Path.Combine(temp.Path, "b"), seed: 5);

        static string Hash(string manifest) => JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("training_data_sha256").GetString()!;
        Assert.Equal(Hash(first.ManifestPath), Hash(second.ManifestPath));
        foreach (var article in Directory.GetFiles(TestData.Corpus("dev", "en"), "*.txt").Order(StringComparer.Ordinal).Take(3))
            Assert.Equal(Extracted(Path.Combine(temp.Path, "a"), article), Extracted(Path.Combine(temp.Path, "b"), article));
    }

    [Fact]
    public void A_corpus_without_deals_trains_the_tagger_alone_and_leaves_no_earlier_judge()
    {
        using var temp = new TempFolder();
        var corpus = TinyCorpus(temp);
        var output = Path.Combine(temp.Path, "models");
        var trainer = new ModelTrainer(new PipelineOptions().LanguagesDirectory);
        trainer.Train(corpus, null, output, seed: 2);
        Assert.All(DealModels.Files, f => Assert.True(File.Exists(Path.Combine(output, f))));

        // Entities only, as an import from doccano or BRAT gives them.
        foreach (var gold in Directory.GetFiles(Path.Combine(temp.Path, "tiny", "gold"), "*.json", SearchOption.AllDirectories))
        {
            var annotation = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(gold))!;
            annotation["deals"] = new System.Text.Json.Nodes.JsonArray();
            File.WriteAllText(gold, annotation.ToJsonString());
        }
        var result = trainer.Train(corpus, null, output, seed: 2);

        Assert.False(result.DealJudgeTrained);
        Assert.True(File.Exists(Path.Combine(output, EntityTagger.FileName)));
        Assert.All(DealModels.Files, f => Assert.False(File.Exists(Path.Combine(output, f))));
        Assert.True(Pipeline.Load(new PipelineOptions { ModelsDirectory = output }).HasModels);
    }

    [Fact]
    public async Task Training_on_a_folder_without_annotations_says_so_and_exits_with_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.File("articles/a.txt", "Title\n\nAcme Corp. signed a contract with Globex Inc.");
        var stderr = new StringWriter();
        var code = await new NewsExtract.Cli.CommandLine(new StringWriter(), () => new MemoryStream(), stderr)
            .RunAsync(["train", "--corpus", Path.Combine(temp.Path, "articles"), "-o", Path.Combine(temp.Path, "models")]);
        Assert.Equal(NewsExtract.Cli.CommandLine.UsageError, code);
        Assert.Contains("no annotated organisation", stderr.ToString());
    }
}
