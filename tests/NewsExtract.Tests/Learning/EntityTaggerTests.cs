using NewsExtract.Cli;
using NewsExtract.Corpus;
using NewsExtract.Evaluation;
using NewsExtract.Learning;

namespace NewsExtract.Tests.Learning;

public class EntityTaggerTests
{
    private static Pipeline RulesOnly() => Pipeline.Load(new PipelineOptions { ModelsDirectory = null });

    [Fact]
    public void The_shipped_models_load_by_default()
    {
        Assert.True(TestData.Pipeline.HasModels);
        Assert.False(RulesOnly().HasModels);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_tagger()
    {
        var rows = ModelTrainer.TaggerRows(RulesOnly(), TestData.Corpus("train")).Take(4000).ToList();
        using var first = EntityTagger.Train(rows, seed: 7);
        using var second = EntityTagger.Train(rows, seed: 7);
        using var temp = new TempFolder();
        first.Save(Path.Combine(temp.Path, "a.zip"));
        second.Save(Path.Combine(temp.Path, "b.zip"));
        using var reloaded = EntityTagger.Load(Path.Combine(temp.Path, "a.zip"));

        var document = new NewsExtract.Ingestion.Document("t", "Brightwater Capital signed a deal with Helix Foundry to buy chips from Nordgrid.", null, 0);
        var pipeline = RulesOnly();
        var analyzed = pipeline.Analyze(document.Text, pipeline.Language("en"));
        var entities = pipeline.Recognize(analyzed);
        Assert.Equal(first.Tag(analyzed, entities), second.Tag(analyzed, entities));
        Assert.Equal(first.Tag(analyzed, entities), reloaded.Tag(analyzed, entities));
    }

    [Fact]
    public void With_the_models_organisations_are_found_better_than_by_the_rules_alone()
    {
        var rules = new Evaluator(RulesOnly()).Evaluate(TestData.Corpus("dev"));
        var models = new Evaluator(TestData.Pipeline).Evaluate(TestData.Corpus("dev"));
        foreach (var measure in new[] { "ORG span", "PARTY", "DEAL" })
            Assert.True(models.For(EvaluationReport.AllLanguages, measure).F1 > rules.For(EvaluationReport.AllLanguages, measure).F1, measure);
    }

    [Fact]
    public async Task Without_models_the_command_says_once_that_rules_run_alone()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", "Title\n\nAcme Corp. signed a contract with Globex Inc.");
        var stderr = new StringWriter();
        var code = await new CommandLine(new StringWriter(), () => new MemoryStream(), stderr).RunAsync(["extract", temp.Path, "--models", "none"]);
        Assert.Equal(CommandLine.Success, code);
        Assert.Single(stderr.ToString().Split('\n'), line => line.Contains("running the rules alone"));
    }

    [Fact]
    public void Tagged_spans_begin_with_a_capital_and_never_end_on_a_joining_word()
    {
        var pipeline = RulesOnly();
        using var tagger = EntityTagger.Load(Path.Combine(AppContext.BaseDirectory, "models", EntityTagger.FileName));
        var spans = 0;
        foreach (var (document, gold) in CorpusLayout.Annotated(TestData.Corpus("dev")))
        {
            var analyzed = pipeline.Analyze(document.Text, pipeline.Language(gold.Language));
            var entities = pipeline.Recognize(analyzed);
            foreach (var span in tagger.Tag(analyzed, entities))
            {
                var sentence = analyzed.Sentences.Single(s => s.TokenStart <= span.Start && span.Start < s.TokenEnd);
                spans++;
                Assert.InRange(span.End, span.Start + 1, sentence.TokenEnd);
                Assert.Contains(analyzed.Tokens[span.Start].Text, c => char.IsUpper(c));
                Assert.DoesNotContain(analyzed.Tokens[span.End - 1].Lower, analyzed.Language.NameJoiners);
                Assert.Contains(span.Type, new[] { "ORG", "LOC" });
            }
        }
        Assert.True(spans > 100, $"only {spans} spans tagged on dev");
    }
}
