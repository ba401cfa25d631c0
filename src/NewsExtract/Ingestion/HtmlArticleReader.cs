using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsExtract.Ingestion;

/// <summary>
/// HTML: the article's main text, as a reader view takes it: the &lt;article&gt; (or &lt;main&gt;, or the
/// body) without navigation, headers, footers, asides, forms, scripts and styles. The headline is
/// og:title, else &lt;title&gt;, else the first &lt;h1&gt;; the date is article:published_time or &lt;time datetime&gt;.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    private const string Boilerplate = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], " +
        "[class*=cookie], [id*=cookie], [class*=consent], [class*=related], [class*=share], [class*=newsletter], [class*=advert]";
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, figcaption, dd, dt";

    public IEnumerable<string> Extensions => [".html", ".htm"];

    public ReadResult Read(string source, string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        var title = Meta(document, "og:title") ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var published = Meta(document, "article:published_time") ?? JsonLdDate(document) ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
            throw new IngestionException("HTML has no body");
        foreach (var element in root.QuerySelectorAll(Boilerplate).ToArray())
            element.Remove();

        var body = new StringBuilder();
        var blocks = root.QuerySelectorAll(Blocks).Where(b => b.QuerySelector(Blocks) is null).ToArray();
        foreach (var block in blocks.Length > 0 ? blocks : [root])
        {
            var paragraph = Clean(block.TextContent);
            if (paragraph is null || block.LocalName == "h1" && paragraph == title)
                continue;
            body.Append(paragraph).Append("\n\n");
        }
        if (body.Length == 0)
            throw new IngestionException("no article text found in HTML");
        return ReadResult.Of(Document.FromParts(source, title, body.ToString(), published?[..Math.Min(10, published.Length)]));
    }

    /// <summary>The datePublished of the page's JSON-LD (schema.org NewsArticle), when there is one.</summary>
    private static string? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                var items = json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array ? json.RootElement.EnumerateArray().ToArray() : [json.RootElement];
                foreach (var item in items)
                    if (item.ValueKind == System.Text.Json.JsonValueKind.Object && item.TryGetProperty("datePublished", out var date) && date.GetString() is { } value)
                        return value;
            }
            catch (System.Text.Json.JsonException)
            {
                // A broken JSON-LD block is no reason to lose the article.
            }
        }
        return null;
    }

    private static string? Meta(IDocument document, string property) =>
        Clean(document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content"));

    // HTML source line breaks and indentation are not text: collapse white space runs to one space.
    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
            return null;
        var builder = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s.Trim())
        {
            if (char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F'))
            {
                if (!space) builder.Append(' ');
                space = true;
            }
            else
            {
                builder.Append(c);
                space = false;
            }
        }
        return builder.ToString();
    }
}
