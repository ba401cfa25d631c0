using System.Diagnostics;
using System.Globalization;

namespace NewsExtract.Cli;

/// <summary>Counts shown to the user during and at the end of a batch.</summary>
internal sealed class BatchSummary
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Files { get; private set; }
    public int Articles { get; private set; }
    public int Deals { get; private set; }
    public int Failures { get; private set; }
    public int Duplicates { get; private set; }
    public int Skipped { get; private set; }
    public TimeSpan Elapsed => _clock.Elapsed;
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-3);

    public void Add(BatchItem item)
    {
        Files++;
        Failures += item.Failures.Count;
        Articles += item.Articles.Count;
        Deals += item.Articles.Sum(a => a.Deals.Count);
    }

    public void Finish(int duplicates, int skipped)
    {
        _clock.Stop();
        Duplicates = duplicates;
        Skipped = skipped;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Files} files, {Articles} articles, {Deals} deals, {Failures} failed, {Duplicates} duplicates, {Skipped} skipped (unsupported type), " +
        $"{Elapsed.TotalSeconds:0.0} s, {ArticlesPerSecond:0} articles/s");
}
