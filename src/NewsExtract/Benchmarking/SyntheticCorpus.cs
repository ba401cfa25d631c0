using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Ingestion;

namespace NewsExtract.Benchmarking;

/// <summary>
/// Builds any number of distinct articles from a few real ones, for throughput measurements: article i
/// is template i mod n with every number redrawn and every known company name swapped for another, from
/// a seeded generator, so texts differ (no duplicate short-cut) while keeping the shapes the recognizers
/// meet in real news.
/// </summary>
public sealed partial class SyntheticCorpus(IReadOnlyList<Document> templates, IReadOnlyList<string> names, int seed = 42)
{
    public static SyntheticCorpus FromFolder(string folder, IEnumerable<string> names)
    {
        var loader = ArticleLoader.Default;
        var documents = new InputWalker(loader).Walk([folder])
            .Where(w => w.Error is null)
            .SelectMany(w =>
            {
                try { return loader.Load(w.File).Documents; }
                catch (IngestionException) { return []; }
            })
            .ToArray();
        if (documents.Length == 0)
            throw new InvalidDataException($"no readable articles in {folder}");
        return new SyntheticCorpus(documents, names.Where(n => n.Length > 3).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Writes <paramref name="count"/> articles as .txt files under <paramref name="folder"/>; returns their total size in bytes.</summary>
    public long WriteTo(string folder, int count)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var document = Article(i);
            var text = (document.Title is null ? "" : document.Title + "\n\n") + document.Text[document.BodyStart..];
            var path = Path.Combine(folder, $"{i / 1000:D4}", $"{i:D6}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var encoded = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, encoded);
            bytes += encoded.Length;
        }
        return bytes;
    }

    public Document Article(int i)
    {
        var template = templates[i % templates.Count];
        var random = new Random(unchecked(seed * 1_000_003 + i)); // not HashCode.Combine: it is salted per process
        string Redraw(Match m) => string.Concat(m.Value.Select(c => char.IsDigit(c) ? (char)('0' + random.Next(c == m.Value[0] ? 1 : 0, 10)) : c));
        var text = Digits().Replace(template.Text, Redraw);
        foreach (var name in names.Where(n => text.Contains(n, StringComparison.Ordinal)).ToArray())
            text = text.Replace(name, names[random.Next(names.Count)], StringComparison.Ordinal);
        var title = template.Title is null ? null : text.Split("\n\n", 2)[0];
        return new Document($"synthetic/{i:D6}", text, title, title is null ? 0 : title.Length + 2);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
