using System.Globalization;
using System.Text;

namespace NewsExtract.Corpus;

/// <summary>
/// BRAT standoff: name.txt holds the text, name.ann one text-bound annotation per line,
/// "T1&lt;TAB&gt;ORG 0 6&lt;TAB&gt;OpenAI". Discontinuous spans ("0 6;8 12") are read as their whole extent;
/// other annotation kinds (relations, events, notes) are ignored.
/// </summary>
public static class BratFormat
{
    public static IReadOnlyList<LabelledSpan> ReadAnnotations(string annPath, string text)
    {
        var spans = new List<LabelledSpan>();
        var number = 0;
        foreach (var line in File.ReadLines(annPath, Encoding.UTF8))
        {
            number++;
            if (!line.StartsWith('T'))
                continue;
            var columns = line.Split('\t');
            var parts = columns.Length >= 2 ? columns[1].Split(' ', 2) : [];
            if (parts.Length != 2)
                throw new InvalidDataException($"{annPath}:{number}: expected 'T<n><TAB>LABEL START END<TAB>text'");
            var offsets = parts[1].Split(';').SelectMany(r => r.Split(' ')).Select(o => int.Parse(o, CultureInfo.InvariantCulture)).ToArray();
            var span = new LabelledSpan(offsets.Min(), offsets.Max(), parts[0]);
            if (span.End > text.Length)
                throw new InvalidDataException($"{annPath}:{number}: span {span.Start}-{span.End} is outside the text ({text.Length} characters)");
            spans.Add(span);
        }
        return spans;
    }

    public static string WriteAnnotations(string text, IEnumerable<LabelledSpan> spans)
    {
        var builder = new StringBuilder();
        var id = 0;
        foreach (var span in spans)
        {
            // BRAT keeps one line per annotation: line breaks inside a span's text are shown as spaces.
            var covered = text[span.Start..span.End].Replace('\n', ' ').Replace('\r', ' ');
            builder.Append(CultureInfo.InvariantCulture, $"T{++id}\t{span.Label} {span.Start} {span.End}\t{covered}\n");
        }
        return builder.ToString();
    }
}
