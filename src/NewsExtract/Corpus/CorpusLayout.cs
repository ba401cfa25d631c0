using NewsExtract.Ingestion;

namespace NewsExtract.Corpus;

/// <summary>
/// An article file of an annotated corpus and where annotations live: gold/&lt;split&gt;/&lt;source&gt;.json for each
/// article it holds (a JSON Lines file holds several: "file.jsonl#3").
/// </summary>
public sealed record CorpusItem(InputFile File, string GoldRoot)
{
    public string GoldPath(Document document) => Path.Combine(GoldRoot, document.Source + ".json");
}

/// <summary>
/// corpus/&lt;split&gt;/&lt;lang&gt;/&lt;article&gt; is annotated by corpus/gold/&lt;split&gt;/&lt;lang&gt;/&lt;article&gt;.json. Given a split
/// folder, the items of that split; given the corpus root (the folder holding gold/), the items of every split.
/// </summary>
public static class CorpusLayout
{
    public const string GoldFolder = "gold";

    public static IReadOnlyList<CorpusItem> Find(string folder)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(Path.Combine(folder, GoldFolder)))
            return Directory.GetDirectories(Path.Combine(folder, GoldFolder)).Order(StringComparer.Ordinal)
                .SelectMany(gold => Find(Path.Combine(folder, Path.GetFileName(gold))))
                .ToArray();
        var goldRoot = GoldFolderOf(folder);
        return new InputWalker(ArticleLoader.Default).Walk([folder])
            .Where(w => w.Error is null)
            .Select(w => new CorpusItem(w.File, goldRoot))
            .ToArray();
    }

    /// <summary>Every annotated article under a folder, with its annotation (articles without one are left out).</summary>
    public static IEnumerable<(Document Document, Annotation Gold)> Annotated(string folder)
    {
        foreach (var item in Find(folder))
            foreach (var document in ArticleLoader.Default.Load(item.File).Documents)
                if (File.Exists(item.GoldPath(document)))
                    yield return (document, AnnotationJson.Read(item.GoldPath(document)));
    }

    /// <summary>Where the annotations of a split folder live: its sibling gold/&lt;split&gt;.</summary>
    public static string GoldFolderOf(string splitFolder)
    {
        var full = Path.GetFullPath(splitFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, GoldFolder, Path.GetFileName(full));
    }
}
