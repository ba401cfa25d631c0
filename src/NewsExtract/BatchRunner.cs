using NewsExtract.Ingestion;

namespace NewsExtract;

/// <summary>One outcome of a batch, in input order: the articles of a file, or why the file failed.</summary>
public sealed record BatchItem(InputFile File, IReadOnlyList<ArticleResult> Articles, string? Error)
{
    public bool Failed => Error is not null;
}

/// <summary>
/// Runs the pipeline over files in parallel and hands back results in input order as soon as all
/// earlier ones are out, keeping at most a few files in flight so memory does not grow with the batch.
/// </summary>
public sealed class BatchRunner
{
    private readonly Pipeline _pipeline;
    private readonly ArticleLoader _loader;

    public BatchRunner(Pipeline pipeline, ArticleLoader? loader = null)
    {
        _pipeline = pipeline;
        _loader = loader ?? ArticleLoader.Default;
    }

    public IEnumerable<BatchItem> Run(IEnumerable<string> paths, int jobs, CancellationToken cancel = default)
    {
        jobs = Math.Max(1, jobs);
        var window = new Queue<Task<BatchItem>>();
        foreach (var walked in new InputWalker(_loader).Walk(paths))
        {
            if (cancel.IsCancellationRequested)
                break;
            window.Enqueue(walked.Error is { } error
                ? Task.FromResult(new BatchItem(walked.File, [], error))
                : Task.Run(() => Process(walked.File), CancellationToken.None));
            while (window.Count > jobs || window.Count > 0 && window.Peek().IsCompleted)
                yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0 && !cancel.IsCancellationRequested)
            yield return window.Dequeue().GetAwaiter().GetResult();
    }

    private BatchItem Process(InputFile file)
    {
        try
        {
            var articles = _loader.Load(file).Select(_pipeline.Extract).ToArray();
            return new BatchItem(file, articles, null);
        }
        catch (IngestionException e)
        {
            return new BatchItem(file, [], e.Message);
        }
        catch (Exception e)
        {
            // A defect met on one article must not cost the user the rest of the batch.
            return new BatchItem(file, [], $"internal error while extracting: {e.GetType().Name}: {e.Message}");
        }
    }
}
