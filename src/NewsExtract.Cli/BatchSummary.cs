namespace NewsExtract.Cli;

/// <summary>Counts shown to the user at the end of a batch.</summary>
internal sealed class BatchSummary
{
    public int Files { get; private set; }
    public int Articles { get; private set; }
    public int Deals { get; private set; }
    public int Failures { get; private set; }

    public void Add(BatchItem item)
    {
        Files++;
        if (item.Failed)
            Failures++;
        Articles += item.Articles.Count;
        Deals += item.Articles.Sum(a => a.Deals.Count);
    }

    public override string ToString() =>
        $"{Files} files, {Articles} articles, {Deals} deals, {Failures} failed";
}
