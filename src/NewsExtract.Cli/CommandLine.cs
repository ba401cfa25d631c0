using System.CommandLine;
using System.Globalization;
using NewsExtract.Export;
using NewsExtract.Ingestion;

namespace NewsExtract.Cli;

/// <summary>
/// The `newsextract` command: parses arguments and hands them to the command that runs them.
/// Exit codes: 0 every file read, 1 some files failed, 2 usage error, 130 interrupted.
/// </summary>
public sealed class CommandLine(TextWriter output, Func<Stream> openStandardOutput, TextWriter error, TextReader? input = null)
{
    public const int Success = 0;
    public const int SomeFilesFailed = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public Task<int> RunAsync(string[] args, CancellationToken cancel = default)
    {
        var root = new RootCommand("NewsExtract reads French and English news articles and extracts the deals they report " +
                                   "(parties and roles, type, amount, capacity, places, start, project, evidence).");
        root.Subcommands.Add(ExtractCommand());
        root.Subcommands.Add(BenchCommand());
        var corpus = new CorpusCommands(output, error);
        root.Subcommands.Add(corpus.Corpus());
        root.Subcommands.Add(corpus.Evaluate());
        root.Subcommands.Add(corpus.Train());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
                error.WriteLine($"newsextract: {e.Message}");
            error.WriteLine("Try 'newsextract --help'.");
            return Task.FromResult(UsageError);
        }
        return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancel);
    }

    private Command ExtractCommand()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (walked recursively): .txt, .md, .html, .htm, .json, .jsonl, .pdf. " +
                          "'-' reads JSON Lines articles ({\"id\"|\"source\", \"title\", \"text\", \"date\"}) from stdin and answers each line at once.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "Output file; '-' or absent writes to stdout. The format follows the extension (.jsonl, .json, .csv, .xlsx) unless --format is given.",
        };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: jsonl (one article per line), json (one array), csv (one row per deal or entity) or xlsx (sheets of deals, entities and errors)." };
        format.AcceptOnlyFromAmong("jsonl", "json", "csv", "xlsx");
        var lang = new Option<string>("--lang") { Description = "Article language: auto (detect per article), fr or en.", DefaultValueFactory = _ => "auto" };
        lang.AcceptOnlyFromAmong("auto", "fr", "en");
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles processed in parallel; output order stays the input order.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var delimiter = new Option<string>("--delimiter") { Description = "CSV field delimiter, e.g. ';' for spreadsheets in French locales.", DefaultValueFactory = _ => "," };
        var shape = new Option<string>("--shape") { Description = "CSV rows: deals (one row per deal) or entities (one row per entity mention, with its sentence).", DefaultValueFactory = _ => "deals" };
        shape.AcceptOnlyFromAmong("deals", "entities");
        var noBom = new Option<bool>("--no-bom") { Description = "Write CSV without the UTF-8 byte order mark." };
        var rawCells = new Option<bool>("--raw-cells") { Description = "Do not escape CSV/XLSX cells starting with = + - @ (formula injection protection)." };
        var errors = new Option<string?>("--errors") { Description = "Write one row per file or article that failed (path, reason, detail): CSV for a .csv file, else JSON Lines." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Skip files larger than this many bytes, with an error.", DefaultValueFactory = _ => ArticleLoader.DefaultMaxBytes };
        var shard = new Option<string?>("--shard") { Description = "i/n: process only the files whose path hashes to shard i of n (0-based), so n machines split one folder." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary line." };
        var models = new Option<string?>("--models") { Description = "Folder of trained models (default: the shipped ones); 'none' for the rules alone." };

        var command = new Command("extract", "Extract entities and deals from articles.")
        {
            paths, outputPath, format, lang, jobs, delimiter, shape, noBom, rawCells, errors, maxBytes, shard, quiet, models,
        };
        command.SetAction((result, cancel) =>
        {
            if (ParseShard(result.GetValue(shard)) is not { } parsedShard)
                return Task.FromResult(Usage("--shard must be i/n with 0 <= i < n, e.g. 0/4"));
            var request = new ExtractRequest(
                result.GetValue(paths)!,
                result.GetValue(outputPath),
                result.GetValue(format) is { } f ? Enum.Parse<OutputFormat>(f, ignoreCase: true) : null,
                result.GetValue(lang)!,
                result.GetValue(jobs),
                new ExportOptions
                {
                    Delimiter = result.GetValue(delimiter)!,
                    ByteOrderMark = !result.GetValue(noBom),
                    RawCells = result.GetValue(rawCells),
                    Shape = Enum.Parse<TableShape>(result.GetValue(shape)!, ignoreCase: true),
                },
                result.GetValue(errors),
                result.GetValue(maxBytes),
                parsedShard,
                result.GetValue(quiet),
                result.GetValue(models));
            return Task.FromResult(new ExtractCommand(error, openStandardOutput, input).Run(request, cancel));
        });
        return command;
    }

    private Command BenchCommand()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of articles used as templates.", DefaultValueFactory = _ => "corpus/samples" };
        var articles = new Option<int>("--articles", "-n") { Description = "Number of synthetic articles.", DefaultValueFactory = _ => 1000 };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles processed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var models = new Option<string?>("--models") { Description = "Folder of trained models (default: the shipped ones); 'none' for the rules alone." };
        var command = new Command("bench", "Measure throughput and peak memory of the whole pipeline on synthetic articles.") { corpus, articles, jobs, models };
        command.SetAction(result => new BenchCommand(output, error).Run(result.GetValue(corpus)!, result.GetValue(articles), result.GetValue(jobs), PipelineOptionsFor(result.GetValue(models), error)));
        return command;
    }

    /// <summary>The pipeline options for a --models value, saying once on stderr when the rules run alone.</summary>
    internal static PipelineOptions PipelineOptionsFor(string? models, TextWriter error, string? language = null)
    {
        var options = new PipelineOptions { ForcedLanguage = language };
        if (models is not null)
            options = options with { ModelsDirectory = models == "none" ? null : models };
        if (options.ModelsDirectory is null || !File.Exists(Path.Combine(options.ModelsDirectory, NewsExtract.Learning.EntityTagger.FileName)))
            error.WriteLine($"newsextract: no trained models{(options.ModelsDirectory is null ? "" : $" in {options.ModelsDirectory}")}; running the rules alone");
        return options;
    }

    private static Shard? ParseShard(string? text)
    {
        if (text is null)
            return Shard.All;
        var parts = text.Split('/');
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
               && count > 0 && index < count
            ? new Shard(index, count)
            : null;
    }

    private int Usage(string message)
    {
        error.WriteLine($"newsextract: {message}");
        return UsageError;
    }
}
