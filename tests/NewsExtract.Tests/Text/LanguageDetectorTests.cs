using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Open AI loue 4,5 gigawatts de capacité informatique d'Oracle pour un contrat de 30 milliards", "fr")]
    [InlineData("Microsoft signs a 20-year deal to buy power from the restarted reactor", "en")]
    [InlineData("Nebius signs $17.4bn GPU deal with Microsoft", "en")]
    [InlineData("Oracle décroche un contrat géant avec Open AI", "fr")]
    [InlineData("Vodafone and Three complete merger", "en")]
    [InlineData("Der Vertrag wurde gestern unterzeichnet", "und")]
    [InlineData("12345 67890", "und")]
    public void Detects_the_language_of_an_article(string text, string expected)
    {
        var result = TestData.Pipeline.Extract(new Document("t.txt", text, null, 0));
        Assert.Equal(expected, result.Language);
    }
}
