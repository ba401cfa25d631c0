using System.Security.Cryptography;
using System.Text;
using NewsExtract.Ingestion;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>One outcome of a batch, in input order: the articles of a file, and what of it could not be read.</summary>
public sealed record BatchItem(InputFile File, IReadOnlyList<ArticleResult> Articles, IReadOnlyList<ReadFailure> Failures)
{
    public static BatchItem Failure(InputFile file, string reason) => new(file, [], [new ReadFailure(file.Source, reason)]);
}

/// <summary>Which part of a batch one machine takes: files whose path hashes to <see cref="Index"/> of <see cref="Count"/>.</summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard All = new(0, 1);

    public bool Contains(string source)
    {
        // FNV-1a: stable across runs and machines, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(source))
            hash = (hash ^ b) * 16777619u;
        return hash % (uint)Count == (uint)Index;
    }
}

/// <summary>
/// Runs the pipeline over files in parallel and hands back results in input order as soon as all
/// earlier ones are out. Files are read in parallel, checked in order for duplicate texts, then
/// extracted in parallel; at most a few files are in flight at each stage, so memory does not grow
/// with the batch.
/// </summary>
public sealed class BatchRunner
{
    private readonly Pipeline _pipeline;
    private readonly ArticleLoader _loader;
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public BatchRunner(Pipeline pipeline, ArticleLoader? loader = null)
    {
        _pipeline = pipeline;
        _loader = loader ?? ArticleLoader.Default;
    }

    /// <summary>Files skipped because no reader handles their extension.</summary>
    public int Skipped { get; private set; }

    /// <summary>Articles left out because an earlier article of the run had the same text.</summary>
    public int Duplicates { get; private set; }

    public IEnumerable<BatchItem> Run(IEnumerable<string> paths, int jobs, CancellationToken cancel = default, Shard? shard = null)
    {
        shard ??= Shard.All;
        var walker = new InputWalker(_loader);
        var files = walker.Walk(paths).Where(w => w.Error is not null || shard.Contains(w.File.Source));
        var loads = files.Select(walked => walked.Error is { } error
            ? () => new Loaded(walked.File, null, error)
            : (Func<Loaded>)(() => Load(walked.File)));
        foreach (var item in Ordered(loads, jobs, cancel))
            yield return item;
        Skipped = walker.Skipped;
    }

    /// <summary>Articles as JSON Lines from a reader (a pipe): one result per line, each written as soon as it is ready.</summary>
    public IEnumerable<BatchItem> RunLines(TextReader input, int jobs, CancellationToken cancel = default)
    {
        IEnumerable<Func<Loaded>> Lines()
        {
            var number = 0;
            while (input.ReadLine() is { } line)
            {
                number++;
                if (line.Trim().Length == 0)
                    continue;
                var file = new InputFile("-", $"stdin#{number}");
                yield return () =>
                {
                    try
                    {
                        return Read(file, new ReadResult([JsonArticleReader.Parse(file.Source, line, sourceFromFields: true)], []));
                    }
                    catch (IngestionException e)
                    {
                        return new Loaded(file, null, e.Message);
                    }
                };
            }
        }
        // One line in flight: a pipe's reader waits for the answer to each line.
        return Ordered(Lines(), Math.Max(1, jobs), cancel, eager: true);
    }

    private sealed record Loaded(InputFile File, ReadResult? Read, string? Error)
    {
        public string[] Hashes { get; init; } = [];
    }

    private Loaded Load(InputFile file)
    {
        try
        {
            return Read(file, _loader.Load(file));
        }
        catch (IngestionException e)
        {
            return new Loaded(file, null, e.Message);
        }
    }

    private static Loaded Read(InputFile file, ReadResult read) =>
        new(file, read, null) { Hashes = read.Documents.Select(TextHash).ToArray() };

    private IEnumerable<BatchItem> Ordered(IEnumerable<Func<Loaded>> loads, int jobs, CancellationToken cancel, bool eager = false)
    {
        jobs = Math.Max(1, jobs);
        var loading = new Queue<Task<Loaded>>();
        var extracting = new Queue<Task<BatchItem>>();
        using var source = loads.GetEnumerator();
        var more = true;
        while (!cancel.IsCancellationRequested)
        {
            while (more && loading.Count + extracting.Count < 2 * jobs && (more = source.MoveNext()))
            {
                var load = source.Current;
                loading.Enqueue(Task.Run(load, CancellationToken.None));
                if (eager)
                    break;
            }
            // Duplicates are decided in input order, so the first of two equal articles is the one kept.
            while (loading.Count > 0 && (loading.Peek().IsCompleted || extracting.Count == 0))
                extracting.Enqueue(Extract(loading.Dequeue().GetAwaiter().GetResult()));
            if (extracting.Count == 0)
            {
                if (!more && loading.Count == 0)
                    yield break;
                continue;
            }
            if (extracting.Count >= jobs || extracting.Peek().IsCompleted || !more && loading.Count == 0 || eager)
                yield return extracting.Dequeue().GetAwaiter().GetResult();
            else
                Task.WaitAny(loading.Count > 0 ? [extracting.Peek(), loading.Peek()] : [extracting.Peek()]);
        }
    }

    private Task<BatchItem> Extract(Loaded loaded)
    {
        if (loaded.Error is { } error)
            return Task.FromResult(BatchItem.Failure(loaded.File, error));
        var documents = loaded.Read!.Documents;
        var duplicateOf = new string?[documents.Count];
        for (var k = 0; k < documents.Count; k++)
        {
            if (_seen.TryGetValue(loaded.Hashes[k], out var first))
            {
                duplicateOf[k] = first;
                Duplicates++;
            }
            else
            {
                _seen[loaded.Hashes[k]] = documents[k].Source;
            }
        }
        return Task.Run(() =>
        {
            try
            {
                var results = new ArticleResult[documents.Count];
                for (var k = 0; k < documents.Count; k++)
                    results[k] = duplicateOf[k] is { } first ? _pipeline.Duplicate(documents[k], first) : _pipeline.Extract(documents[k]);
                return new BatchItem(loaded.File, results, loaded.Read.Failures);
            }
            catch (Exception e)
            {
                // A defect met on one article must not cost the user the rest of the batch.
                return BatchItem.Failure(loaded.File, $"internal error while extracting: {e.GetType().Name}: {e.Message}");
            }
        }, CancellationToken.None);
    }

    private static string TextHash(Document document)
    {
        var normalized = string.Join(' ', TextNormalizer.Normalize(document.Text).Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
