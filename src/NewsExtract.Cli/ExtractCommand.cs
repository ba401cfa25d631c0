using NewsExtract.Export;
using NewsExtract.Ingestion;

namespace NewsExtract.Cli;

/// <summary>Runs `extract`: the batch, the output and error files, progress and the summary on stderr.</summary>
internal sealed class ExtractCommand(TextWriter error, Func<Stream> openStandardOutput, TextReader? input)
{
    public int Run(ExtractRequest request, CancellationToken cancel)
    {
        if (request.Jobs < 1)
            return Usage("--jobs must be at least 1");
        if (request.Export.Delimiter.Length == 0)
            return Usage("--delimiter must not be empty");
        if (request.MaxBytes < 1)
            return Usage("--max-bytes must be positive");
        if (request.FromStdin && request.Format is { } f && f != OutputFormat.Jsonl)
            return Usage("reading from stdin answers in JSON Lines; --format must be jsonl");
        var toStdout = request.Output is null or "-";
        var format = request.Format ?? OutputFormats.FromPath(request.Output);
        if (format == OutputFormat.Xlsx && toStdout)
            return Usage("xlsx output needs a file: -o facts.xlsx");

        Pipeline pipeline;
        try
        {
            pipeline = Pipeline.Load(CommandLine.PipelineOptionsFor(request.Models, request.Quiet ? TextWriter.Null : error, request.Language == "auto" ? null : request.Language));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            error.WriteLine($"newsextract: cannot load language data: {e.Message}");
            return CommandLine.UsageError;
        }

        AtomicFile? output = null;
        AtomicFile? errorsFile = null;
        try
        {
            output = toStdout ? null : new AtomicFile(request.Output!);
            errorsFile = request.ErrorsPath is { } path ? new AtomicFile(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output?.Dispose();
            return Usage($"cannot write output: {e.Message}");
        }

        using (output)
        using (errorsFile)
        {
            var summary = new BatchSummary();
            var stream = output?.Stream ?? openStandardOutput();
            var runner = new BatchRunner(pipeline, new ArticleLoader(ArticleLoader.StandardReaders, request.MaxBytes));
            using (var writer = FactWriters.Create(format, stream, request.Export))
            using (var errors = errorsFile is null ? null : new ErrorReportWriter(errorsFile.Stream, Path.GetExtension(request.ErrorsPath!).Equals(".csv", StringComparison.OrdinalIgnoreCase), request.Export))
            {
                var items = request.FromStdin
                    ? runner.RunLines(input ?? Console.In, request.Jobs, cancel)
                    : runner.Run(request.Paths, request.Jobs, cancel, request.Shard);
                using var progress = request.Quiet || request.FromStdin ? null : ProgressDisplay.TryStart(error, request.Paths);
                foreach (var item in items)
                {
                    summary.Add(item);
                    foreach (var failure in item.Failures)
                    {
                        error.WriteLine($"newsextract: {failure.Source}: {failure.Reason}");
                        errors?.Write(failure);
                        writer.Write(failure);
                    }
                    foreach (var article in item.Articles)
                        writer.Write(article);
                    progress?.Update(summary);
                }
                summary.Finish(runner.Duplicates, runner.Skipped);
                if (cancel.IsCancellationRequested)
                {
                    error.WriteLine($"newsextract: interrupted after {summary}; no output file written");
                    return CommandLine.Interrupted;
                }
                writer.Complete();
            }
            if (output is null)
                stream.Flush();
            output?.Commit();
            errorsFile?.Commit();
            if (!request.Quiet)
                error.WriteLine($"newsextract: {summary}");
            return summary.Failures > 0 ? CommandLine.SomeFilesFailed : CommandLine.Success;
        }
    }

    private int Usage(string message)
    {
        error.WriteLine($"newsextract: {message}");
        return CommandLine.UsageError;
    }
}
