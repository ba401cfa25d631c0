using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace NewsExtract.Ingestion;

/// <summary>
/// PDF press releases (PdfPig): the text of each page in reading order, pages separated by a blank line.
/// The headline is the document's Title property, else the first line.
/// </summary>
public sealed class PdfArticleReader : IBinaryArticleReader
{
    public IEnumerable<string> Extensions => [".pdf"];

    public ReadResult Read(string source, byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page).Trim();
                if (pageText.Length > 0)
                    text.Append(pageText).Append("\n\n");
            }
            var body = text.ToString().Trim();
            if (body.Length == 0)
                throw new IngestionException("no text in PDF: scanned pages need OCR, which NewsExtract does not do");
            var title = pdf.Information.Title;
            if (!string.IsNullOrWhiteSpace(title))
                return ReadResult.Of(Document.FromParts(source, title, body));
            var (firstLine, bodyStart) = PlainTextReader.FindTitle(body);
            return ReadResult.Of(new Document(source, body, firstLine, bodyStart));
        }
        catch (Exception e) when (e is not IngestionException)
        {
            throw new IngestionException($"unreadable PDF: {e.Message}", e);
        }
    }

    public ReadResult Read(string source, string text) =>
        throw new NotSupportedException("PDF is read from its bytes");
}
