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
}
