using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Corpus;
using NewsExtract.Evaluation;
using NewsExtract.Export;

namespace NewsExtract.Cli;

/// <summary>`corpus check|import|export` and `evaluate`: the commands that build and measure annotated corpora.</summary>
internal sealed class CorpusCommands(TextWriter output, TextWriter error)
{
    public Command Corpus()
    {
        var command = new Command("corpus", "Check an annotated corpus, import annotations from doccano or BRAT, export predictions to them.");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(ExportPredictions());
        return command;
    }

    private Command Check()
    {
        var folder = new Argument<string>("dir") { Description = "A corpus split (corpus/train) or the corpus root (corpus, holding gold/)." };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too (values the recognizers read differently)." };
        var command = new Command("check", "Validate annotations: offsets, labels, parties, values, duplicates.") { folder, strict };
        command.SetAction(result =>
        {
            var issues = new CorpusChecker(Pipeline.Load()).Check(result.GetValue(folder)!);
            foreach (var issue in issues)
                output.WriteLine(issue);
            var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
            var warnings = issues.Count - errors;
            error.WriteLine($"newsextract: {CorpusLayout.Find(result.GetValue(folder)!).Count} articles, {errors} errors, {warnings} warnings");
            return errors > 0 || result.GetValue(strict) && warnings > 0 ? CommandLine.SomeFilesFailed : CommandLine.Success;
        });
        return command;
    }

    private Command Import()
    {
        var from = new Option<string>("--from") { Description = "Annotation format: doccano (JSON Lines) or brat (folder of .txt and .ann).", Required = true };
        from.AcceptOnlyFromAmong("doccano", "brat");
        var path = new Argument<string>("path") { Description = "The doccano .jsonl file or the BRAT folder." };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Corpus split folder to write into (e.g. corpus/train); annotations go to its gold/ sibling.", Required = true };
        var command = new Command("import", "Import annotated articles into the corpus format.") { from, path, outputFolder };
        command.SetAction(result =>
        {
            var importer = new CorpusImporter(Pipeline.Load());
            try
            {
                var written = result.GetValue(from) == "doccano"
                    ? importer.ImportDoccano(result.GetValue(path)!, result.GetValue(outputFolder)!)
                    : importer.ImportBrat(result.GetValue(path)!, result.GetValue(outputFolder)!);
                error.WriteLine($"newsextract: imported {written.Count} articles into {result.GetValue(outputFolder)}; add their deals, then run 'newsextract corpus check'");
                return CommandLine.Success;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                error.WriteLine($"newsextract: {e.Message}");
                return CommandLine.SomeFilesFailed;
            }
        });
        return command;
    }

    private Command ExportPredictions()
    {
        var to = new Option<string>("--to") { Description = "Annotation format: doccano (one JSON Lines file) or brat (a folder).", Required = true };
        to.AcceptOnlyFromAmong("doccano", "brat");
        var input = new Argument<string[]>("input") { Description = "Articles (files or folders) to pre-annotate.", Arity = ArgumentArity.OneOrMore };
        var outputPath = new Option<string>("--output", "-o") { Description = "The .jsonl file (doccano) or folder (brat) to write.", Required = true };
        var command = new Command("export", "Pre-annotate articles with the extractor's entities, for correction in doccano or BRAT.") { to, input, outputPath };
        command.SetAction(result =>
        {
            var articles = new BatchRunner(Pipeline.Load()).Run(result.GetValue(input)!, Environment.ProcessorCount).ToList();
            foreach (var failure in articles.SelectMany(a => a.Failures))
                error.WriteLine($"newsextract: {failure.Source}: {failure.Reason}");
            var results = articles.SelectMany(a => a.Articles).Where(a => a.DuplicateOf is null).ToList();
            var target = result.GetValue(outputPath)!;
            if (result.GetValue(to) == "doccano")
            {
                using var file = new AtomicFile(target);
                DoccanoFormat.Write(file.Stream, results.Select(a => new DoccanoFormat.Item(a.Source, a.Text, Spans(a))));
                file.Commit();
            }
            else
            {
                foreach (var article in results)
                {
                    var name = Path.Combine(target, article.Source.Replace('#', '_'));
                    Directory.CreateDirectory(Path.GetDirectoryName(name)!);
                    File.WriteAllText(name + ".txt", article.Text, new UTF8Encoding(false));
                    File.WriteAllText(name + ".ann", BratFormat.WriteAnnotations(article.Text, Spans(article)), new UTF8Encoding(false));
                }
            }
            error.WriteLine($"newsextract: exported {results.Count} articles to {target}");
            return articles.Any(a => a.Failures.Count > 0) ? CommandLine.SomeFilesFailed : CommandLine.Success;
        });
        return command;
    }

    private static LabelledSpan[] Spans(ArticleResult article) =>
        article.Entities.Select(e => new LabelledSpan(e.Start, e.End, e.Type)).ToArray();

    public Command Train()
    {
        var corpus = new Option<string>("--corpus") { Description = "Annotated training split.", DefaultValueFactory = _ => "corpus/train" };
        var dev = new Option<string?>("--dev") { Description = "Annotated split to report dev figures on (rules alone and with the models)." };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Folder to write the models and manifest.json into.", DefaultValueFactory = _ => "models" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same data and seed give the same models.", DefaultValueFactory = _ => 1 };
        var command = new Command("train", "Train the entity tagger and the deal judge on an annotated corpus and write models/ with a manifest.") { corpus, dev, outputFolder, seed };
        command.SetAction(result =>
        {
            var trainer = new NewsExtract.Learning.ModelTrainer(new PipelineOptions().LanguagesDirectory);
            NewsExtract.Learning.ModelTrainer.Result trained;
            try
            {
                trained = trainer.Train(result.GetValue(corpus)!, result.GetValue(dev), result.GetValue(outputFolder)!, result.GetValue(seed));
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                error.WriteLine($"newsextract: {e.Message}");
                return CommandLine.UsageError;
            }
            if (trained.RulesOnDev is { } rules && trained.ModelsOnDev is { } models)
            {
                output.WriteLine($"dev F1           rules   rules+models");
                foreach (var measure in new[] { "ORG span", "ORG value", "PARTY", "DEAL" })
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{measure,-15} {rules.For(EvaluationReport.AllLanguages, measure).F1,6:0.000} {models.For(EvaluationReport.AllLanguages, measure).F1,14:0.000}"));
            }
            if (!trained.DealJudgeTrained)
                error.WriteLine("newsextract: the corpus has too few annotated deals to train the deal judge; the entity tagger was trained alone");
            error.WriteLine($"newsextract: models and {trained.ManifestPath} written");
            return CommandLine.Success;
        });
        return command;
    }

    public Command Evaluate()
    {
        var corpus = new Option<string>("--corpus") { Description = "Annotated corpus split to evaluate on (e.g. corpus/test).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var errors = new Option<bool>("--errors") { Description = "List every miss and false positive with its article and sentence." };
        var models = new Option<string?>("--models") { Description = "Folder of trained models (default: the shipped ones); 'none' for the rules alone." };
        var command = new Command("evaluate", "Precision, recall and F1 per language for entities and deals on an annotated corpus.") { corpus, json, errors, models };
        command.SetAction(result =>
        {
            var report = new Evaluator(Pipeline.Load(CommandLine.PipelineOptionsFor(result.GetValue(models), error))).Evaluate(result.GetValue(corpus)!);
            if (result.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(ToJson(report), ArticleJson.SerializerOptions));
            else
                PrintTable(report);
            if (result.GetValue(errors))
                foreach (var e in report.Errors)
                    output.WriteLine($"{e.Source}\t{e.Measure}\t{e.Kind}\t{e.Item}\t{e.Sentence.Replace('\n', ' ')}");
            return CommandLine.Success;
        });
        return command;
    }

    private void PrintTable(EvaluationReport report)
    {
        output.WriteLine($"{report.Articles} articles");
        foreach (var (language, measures) in report.Scores)
        {
            output.WriteLine();
            output.WriteLine($"[{language}]{"",-13} precision  recall      F1     tp    fp    fn");
            foreach (var (measure, c) in measures)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{measure,-18} {c.Precision,9:0.000} {c.Recall,7:0.000} {c.F1,7:0.000} {c.TruePositives,6} {c.FalsePositives,5} {c.FalseNegatives,5}"));
        }
    }

    private static object ToJson(EvaluationReport report) => new Dictionary<string, object>
    {
        ["articles"] = report.Articles,
        ["scores"] = report.Scores.ToDictionary(l => l.Key, l => l.Value.ToDictionary(m => m.Key, m => new Dictionary<string, object>
        {
            ["precision"] = Math.Round(m.Value.Precision, 4),
            ["recall"] = Math.Round(m.Value.Recall, 4),
            ["f1"] = Math.Round(m.Value.F1, 4),
            ["tp"] = m.Value.TruePositives,
            ["fp"] = m.Value.FalsePositives,
            ["fn"] = m.Value.FalseNegatives,
        })),
    };
}
