using System.Text;

namespace NewsExtract.Ingestion;

/// <summary>
/// Markdown: the first heading is the headline; markup is blanked out with spaces rather than removed
/// so offsets still point into the file's own text.
/// </summary>
public sealed class MarkdownReader : IArticleReader
{
    public IEnumerable<string> Extensions => [".md", ".markdown"];

    public ReadResult Read(string source, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new IngestionException("no text in file");
        var cleaned = new StringBuilder(text.Length);
        string? title = null;
        var bodyStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var content = BlankMarkup(line);
            if (title is null && line.TrimStart().StartsWith('#') && content.Trim().Length > 0)
            {
                title = content.Trim();
                bodyStart = cleaned.Length + line.Length + 1;
            }
            cleaned.Append(content).Append('\n');
        }
        cleaned.Length--; // the split added one line break too many
        return ReadResult.Of(new Document(source, cleaned.ToString(), title, Math.Min(bodyStart, cleaned.Length)));
    }

    // Same length as the input: headings' '#', emphasis '*' and '_', list bullets and link brackets become spaces.
    private static string BlankMarkup(string line)
    {
        var chars = line.ToCharArray();
        var i = 0;
        while (i < chars.Length && chars[i] == ' ') i++;
        while (i < chars.Length && chars[i] is '#' or '>') chars[i++] = ' ';
        if (i + 1 < chars.Length && chars[i] is '-' or '*' or '+' && chars[i + 1] == ' ')
            chars[i] = ' ';
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is '*' or '`' || chars[k] == '_' && (k == 0 || !char.IsLetterOrDigit(chars[k - 1]) || k + 1 == chars.Length || !char.IsLetterOrDigit(chars[k + 1])))
                chars[k] = ' ';
            else if (chars[k] == ']' && k + 1 < chars.Length && chars[k + 1] == '(')
            {
                var close = Array.IndexOf(chars, ')', k);
                if (close > 0)
                    for (var j = k; j <= close; j++) chars[j] = ' ';
            }
            else if (chars[k] == '[')
                chars[k] = ' ';
        }
        return new string(chars);
    }
}
