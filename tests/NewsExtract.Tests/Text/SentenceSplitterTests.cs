using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string language, string text)
    {
        var analyzed = TestData.Pipeline.Analyze(text, TestData.Pipeline.Language(language));
        return analyzed.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("fr", "M. Dupont a signé. Le contrat vaut 4,5 milliards.", "M. Dupont a signé.|Le contrat vaut 4,5 milliards.")]
    [InlineData("fr", "Mme Martin dirige la société. Elle a signé hier.", "Mme Martin dirige la société.|Elle a signé hier.")]
    [InlineData("en", "Acme Corp. signed with U.S. Steel Inc. on Monday. The deal is worth $4.5 billion.", "Acme Corp. signed with U.S. Steel Inc. on Monday.|The deal is worth $4.5 billion.")]
    [InlineData("en", "It bought Acme Inc. The price was not given.", "It bought Acme Inc.|The price was not given.")]
    [InlineData("en", "Is it done? Yes! It is.", "Is it done?|Yes!|It is.")]
    [InlineData("fr", "Titre sans point\n\nPremier paragraphe.", "Titre sans point|Premier paragraphe.")]
    [InlineData("en", "a line that is\nwrapped in the middle.", "a line that is\nwrapped in the middle.")]
    [InlineData("fr", "« C'est fait. » Il l'a dit.", "« C'est fait. »|Il l'a dit.")]
    public void Splits_sentences(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(language, text));
    }
}
