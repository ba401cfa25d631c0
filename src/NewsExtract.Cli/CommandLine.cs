using System.CommandLine;
using NewsExtract.Export;

namespace NewsExtract.Cli;

/// <summary>
/// The `newsextract` command: parses arguments, runs the library, writes files and one line per
/// problem on stderr. Exit codes: 0 every file read, 1 some files failed, 2 usage error, 130 interrupted.
/// </summary>
public sealed class CommandLine(TextWriter output, Func<Stream> openStandardOutput, TextWriter error)
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
            Description = "Article files or folders (walked recursively): .txt, .md, .html, .htm, .json.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "Output file; '-' or absent writes to stdout. The format follows the extension (.jsonl, .json, .csv) unless --format is given.",
        };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: jsonl (one article per line), json (one array) or csv (one row per deal)." };
        format.AcceptOnlyFromAmong("jsonl", "json", "csv");
        var lang = new Option<string>("--lang") { Description = "Article language: auto (detect per article), fr or en.", DefaultValueFactory = _ => "auto" };
        lang.AcceptOnlyFromAmong("auto", "fr", "en");
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles processed in parallel; output order stays the input order.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var delimiter = new Option<string>("--delimiter") { Description = "CSV field delimiter, e.g. ';' for spreadsheets in French locales.", DefaultValueFactory = _ => "," };

        var command = new Command("extract", "Extract entities and deals from articles.") { paths, outputPath, format, lang, jobs, delimiter };
        command.SetAction((result, cancel) => Task.FromResult(Extract(new ExtractRequest(
            result.GetValue(paths)!,
            result.GetValue(outputPath),
            result.GetValue(format),
            result.GetValue(lang)!,
            result.GetValue(jobs),
            result.GetValue(delimiter)!), cancel)));
        return command;
    }

    private sealed record ExtractRequest(string[] Paths, string? Output, string? Format, string Language, int Jobs, string Delimiter);

    private int Extract(ExtractRequest request, CancellationToken cancel)
    {
        if (request.Jobs < 1)
            return Usage("--jobs must be at least 1");
        if (request.Delimiter.Length == 0)
            return Usage("--delimiter must not be empty");
        var toStdout = request.Output is null or "-";
        var format = request.Format is { } f ? Enum.Parse<OutputFormat>(f, ignoreCase: true) : OutputFormats.FromPath(request.Output);

        Pipeline pipeline;
        try
        {
            pipeline = Pipeline.Load(new PipelineOptions { ForcedLanguage = request.Language == "auto" ? null : request.Language });
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            error.WriteLine($"newsextract: cannot load language data: {e.Message}");
            return UsageError;
        }

        AtomicFile? file = null;
        try
        {
            file = toStdout ? null : new AtomicFile(request.Output!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage($"cannot write {request.Output}: {e.Message}");
        }

        using (file)
        {
            var stream = file?.Stream ?? openStandardOutput();
            var summary = new BatchSummary();
            using (var writer = FactWriters.Create(format, stream, request.Delimiter))
            {
                foreach (var item in new BatchRunner(pipeline).Run(request.Paths, request.Jobs, cancel))
                {
                    summary.Add(item);
                    if (item.Error is { } reason)
                        error.WriteLine($"newsextract: {item.File.Source}: {reason}");
                    foreach (var article in item.Articles)
                        writer.Write(article);
                }
                if (cancel.IsCancellationRequested)
                {
                    error.WriteLine($"newsextract: interrupted; {summary}; no output file written");
                    return Interrupted;
                }
                writer.Complete();
            }
            file?.Commit();
            if (file is null)
                stream.Flush();
            error.WriteLine($"newsextract: {summary}");
            return summary.Failures > 0 ? SomeFilesFailed : Success;
        }
    }

    private int Usage(string message)
    {
        error.WriteLine($"newsextract: {message}");
        return UsageError;
    }
}
