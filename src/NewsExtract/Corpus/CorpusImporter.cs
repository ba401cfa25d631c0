using System.Text;
using NewsExtract.Ingestion;

namespace NewsExtract.Corpus;

/// <summary>
/// Imports articles annotated in doccano or BRAT into the corpus layout: each becomes
/// &lt;split&gt;/&lt;lang&gt;/&lt;name&gt;.txt with its annotation in gold/&lt;split&gt;/&lt;lang&gt;/&lt;name&gt;.txt.json. Normalised values
/// are read by the recognizers; deals are left for the annotator to add.
/// </summary>
public sealed class CorpusImporter(Pipeline pipeline)
{
    public IReadOnlyList<string> ImportDoccano(string jsonlPath, string splitFolder) =>
        DoccanoFormat.Read(jsonlPath).Select(item => Save(splitFolder, SafeName(item.Id), item.Text, item.Spans)).ToArray();

    public IReadOnlyList<string> ImportBrat(string folder, string splitFolder) =>
        Directory.GetFiles(folder, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ann =>
        {
            var textPath = Path.ChangeExtension(ann, ".txt");
            if (!File.Exists(textPath))
                throw new InvalidDataException($"{ann}: no {Path.GetFileName(textPath)} beside it");
            var text = File.ReadAllText(textPath, Encoding.UTF8);
            return Save(splitFolder, Path.GetFileNameWithoutExtension(ann), text, BratFormat.ReadAnnotations(ann, text));
        }).ToArray();

    private string Save(string splitFolder, string name, string text, IEnumerable<LabelledSpan> spans)
    {
        var annotation = new SpanAnnotator(pipeline).Annotate(new Document(name, text, null, 0), spans);
        var relative = Path.Combine(annotation.Language, name + ".txt");
        var articlePath = Path.Combine(splitFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(articlePath)!);
        File.WriteAllText(articlePath, text, new UTF8Encoding(false));
        AnnotationJson.Write(Path.Combine(CorpusLayout.GoldFolderOf(splitFolder), relative + ".json"), annotation);
        return articlePath;
    }

    private static string SafeName(string id) =>
        string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
