using System.Diagnostics;
using System.Globalization;
using NewsExtract.Benchmarking;
using NewsExtract.Export;

namespace NewsExtract.Cli;

/// <summary>
/// `newsextract bench`: writes N synthetic articles to a temporary folder, runs the whole batch (read,
/// analyse, extract, serialise) with J jobs, and reports articles/s, words/s, MB/s and peak memory.
/// Run one configuration per process so the peak memory figure is that configuration's own.
/// </summary>
internal sealed class BenchCommand(TextWriter output, TextWriter error)
{
    public int Run(string corpus, int articles, int jobs, PipelineOptions options)
    {
        if (articles < 1 || jobs < 1)
        {
            error.WriteLine("newsextract: --articles and --jobs must be at least 1");
            return CommandLine.UsageError;
        }
        var folder = Path.Combine(Path.GetTempPath(), "newsextract-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var pipeline = Pipeline.Load(options);
            var names = pipeline.Languages.SelectMany(code => pipeline.Language(code).OrganizationNames).Distinct().ToArray();
            var bytes = SyntheticCorpus.FromFolder(corpus, names).WriteTo(folder, articles);
            var runner = new BatchRunner(pipeline);
            long words = 0, deals = 0, done = 0;
            var clock = Stopwatch.StartNew();
            using (var writer = FactWriters.Create(OutputFormat.Jsonl, Stream.Null))
            {
                foreach (var item in runner.Run([folder], jobs))
                    foreach (var article in item.Articles)
                    {
                        writer.Write(article);
                        done++;
                        deals += article.Deals.Count;
                        words += article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                    }
                writer.Complete();
            }
            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            // Text analysis alone (normalise, tokenize, split), then with the recognizers: one thread, articles in memory.
            var synthetic = SyntheticCorpus.FromFolder(corpus, names);
            var documents = Enumerable.Range(0, articles).Select(synthetic.Article)
                .Select(d => (d.Text, Language: pipeline.Language(pipeline.DetectLanguage(d.Text) is "fr" ? "fr" : "en"))).ToArray();
            long tokens = 0, characters = 0;
            var analysing = Stopwatch.StartNew();
            foreach (var (text, language) in documents)
            {
                tokens += pipeline.Analyze(text, language).Tokens.Count;
                characters += System.Text.Encoding.UTF8.GetByteCount(text);
            }
            analysing.Stop();
            var recognizing = Stopwatch.StartNew();
            foreach (var (text, language) in documents)
                pipeline.Recognize(pipeline.Analyze(text, language));
            recognizing.Stop();
            var extracting = Stopwatch.StartNew();
            var results = documents.Select(d => pipeline.Extract(new NewsExtract.Ingestion.Document("bench", d.Text, null, 0), d.Language.Code)).ToArray();
            extracting.Stop();
            var serializing = Stopwatch.StartNew();
            using (var writer = FactWriters.Create(OutputFormat.Jsonl, Stream.Null))
                foreach (var result in results)
                    writer.Write(result);
            serializing.Stop();
            double PerArticle(Stopwatch s) => s.Elapsed.TotalMilliseconds * 1000 / articles;

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles={done} jobs={jobs} cores={Environment.ProcessorCount} seconds={seconds:0.00} " +
                $"articles/s={done / seconds:0} words/s={words / seconds:0} MB/s={bytes / 1e6 / seconds:0.00} " +
                $"deals={deals} peak_memory_MB={peak / 1e6:0}\n" +
                $"one thread, in memory: text_analysis tokens/s={tokens / analysing.Elapsed.TotalSeconds:0} MB/s={characters / 1e6 / analysing.Elapsed.TotalSeconds:0.0} " +
                $"with_recognizers articles/s={articles / recognizing.Elapsed.TotalSeconds:0}\n" +
                $"stages, microseconds per article on one thread: analysis={PerArticle(analysing):0} recognizers+tagger={PerArticle(recognizing) - PerArticle(analysing):0} " +
                $"deals={PerArticle(extracting) - PerArticle(recognizing):0} json={PerArticle(serializing):0} (reading and decoding files: the rest of the batch time)"));
            return CommandLine.Success;
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"newsextract: {e.Message}");
            return CommandLine.UsageError;
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
