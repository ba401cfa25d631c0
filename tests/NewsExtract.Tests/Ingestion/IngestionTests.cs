using System.Text;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public class IngestionTests
{
    private static Document Load(TempFolder temp, string name, byte[] bytes)
    {
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);
        return Assert.Single(ArticleLoader.Default.Load(new InputFile(path, name)).Documents);
    }

    [Fact]
    public void Plain_text_takes_a_short_first_line_as_its_title()
    {
        using var temp = new TempFolder();
        var doc = Load(temp, "a.txt", Encoding.UTF8.GetBytes("Oracle loue ses serveurs\n\nOpen AI a signé un contrat avec Oracle."));
        Assert.Equal("Oracle loue ses serveurs", doc.Title);
        Assert.Equal("Open AI", doc.Text[doc.BodyStart..].Trim()[..7]);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-15")]
    public void Decodes_the_encodings_news_files_come_in(string encoding)
    {
        var text = encoding == "iso-8859-15"
            ? "Titre\n\nL'accord d'Engie vaut 1,2 milliard d'euros (1 200 M€) à Besançon, cœur du projet."
            : "Titre\n\nL’accord d’Engie vaut 1,2 milliard d’euros à Besançon.";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "iso-8859-15" => Encoding.GetEncoding(28605).GetBytes(text),
            _ => Encoding.GetEncoding(1252).GetBytes(text),
        };
        using var temp = new TempFolder();
        Assert.Equal(text, Load(temp, "a.txt", bytes).Text);
    }

    [Fact]
    public void Html_keeps_the_article_and_drops_navigation_scripts_and_footers()
    {
        const string html = """
            <html><head><title>Site | Engie rachète Helioparc</title><meta property="og:title" content="Engie rachète Helioparc">
            <meta property="article:published_time" content="2025-03-10T08:00:00Z"></head>
            <body><nav><a href="/">Accueil</a> Menu Oracle</nav><header>Le Journal</header>
            <article><h1>Engie rachète Helioparc</h1><p>Engie a signé un accord
              pour racheter Helioparc SAS.</p><p>Le prix atteint 1,2 milliard d'euros.</p></article>
            <aside>À lire aussi : Orange et SFR</aside><footer>© Journal</footer><script>var x = "Microsoft";</script></body></html>
            """;
        using var temp = new TempFolder();
        var doc = Load(temp, "a.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal("Engie rachète Helioparc", doc.Title);
        Assert.Equal("2025-03-10", doc.Published);
        Assert.Equal("Engie rachète Helioparc\n\nEngie a signé un accord pour racheter Helioparc SAS.\n\nLe prix atteint 1,2 milliard d'euros.", doc.Text);
    }

    [Fact]
    public void Json_articles_give_title_text_and_date()
    {
        using var temp = new TempFolder();
        var doc = Load(temp, "a.json", Encoding.UTF8.GetBytes("""{"title": "Deal", "text": "Acme Inc. bought Zentrix.", "date": "2025-01-02", "url": "https://example.com/a"}"""));
        Assert.Equal("Deal", doc.Title);
        Assert.Equal("Deal\n\nAcme Inc. bought Zentrix.", doc.Text);
        Assert.Equal("2025-01-02", doc.Published);
        Assert.Equal(6, doc.BodyStart);
    }

    [Theory]
    [InlineData("a.txt", new byte[0], "empty file")]
    [InlineData("a.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08 }, "binary file")]
    [InlineData("a.json", new byte[] { 0x7B, 0x22, 0x74, 0x69 }, "malformed JSON")]
    [InlineData("a.json", new byte[] { 0x5B, 0x5D }, "not an article: expected a JSON object")]
    public void Bad_files_fail_with_a_reason(string name, byte[] bytes, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<IngestionException>(() => ArticleLoader.Default.Load(new InputFile(path, name)));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Folders_are_walked_in_path_order_with_sources_relative_to_the_root()
    {
        using var temp = new TempFolder();
        temp.File("b/z.txt", "x");
        temp.File("b/a.md", "x");
        temp.File("a.html", "x");
        temp.File("notes.docx", "x");
        var sources = new InputWalker(ArticleLoader.Default).Walk([temp.Path]).Select(i => i.File.Source).ToArray();
        Assert.Equal(["a.html", "b/a.md", "b/z.txt"], sources);
    }
}

public class MoreFormatTests
{
    [Fact]
    public void Pdf_press_releases_give_their_text_in_reading_order()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        page.AddText("Acme Corp. signs with Globex", 14, new UglyToad.PdfPig.Core.PdfPoint(50, 720), font);
        page.AddText("Acme Corp. signed a contract with Globex Inc. for $2 billion.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 690), font);
        using var temp = new TempFolder();
        var path = temp.File("release.pdf");
        File.WriteAllBytes(path, builder.Build());

        var document = Assert.Single(ArticleLoader.Default.Load(new InputFile(path, "release.pdf")).Documents);
        Assert.Equal("Acme Corp. signs with Globex", document.Title);
        var deal = Assert.Single(TestData.Pipeline.Extract(document).Deals);
        Assert.Equal(2_000_000_000m, deal.Amount!.Value);
    }

    [Fact]
    public void A_broken_pdf_fails_with_a_reason()
    {
        using var temp = new TempFolder();
        var path = temp.File("broken.pdf", "%PDF-1.7 this is not a real PDF");
        var error = Assert.Throws<IngestionException>(() => ArticleLoader.Default.Load(new InputFile(path, "broken.pdf")));
        Assert.StartsWith("unreadable PDF", error.Message);
    }

    [Theory]
    [InlineData("Ã©tÃ© et Besan\uFFFDon", "Ã©tÃ© et Besan\uFFFDon")]
    [InlineData("L'accord d'Ã©nergie vaut 1,2 milliard dâ€™euros Ã\u00A0BesanÃ§on", "L'accord d'énergie vaut 1,2 milliard d’euros àBesançon")]
    [InlineData("Un texte déjà correct, à garder", "Un texte déjà correct, à garder")]
    public void Mojibake_is_repaired_only_when_unambiguous(string text, string expected)
    {
        Assert.Equal(expected, TextDecoder.RepairMojibake(text));
    }

    [Fact]
    public void Html_date_comes_from_json_ld_and_banners_are_not_text()
    {
        const string html = """
            <html><head><title>Deal</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-06T10:00:00+02:00"}</script></head>
            <body><article><div class="cookie-consent">We use cookies to improve your experience.</div>
            <p>Acme Corp. signed a contract with Globex Inc.</p><ul class="related-articles"><li>Other story about Initech</li></ul></article></body></html>
            """;
        using var temp = new TempFolder();
        var path = temp.File("a.html", html);
        var document = Assert.Single(ArticleLoader.Default.Load(new InputFile(path, "a.html")).Documents);
        Assert.Equal("2025-05-06", document.Published);
        Assert.Equal("Deal\n\nAcme Corp. signed a contract with Globex Inc.", document.Text);
    }
}
