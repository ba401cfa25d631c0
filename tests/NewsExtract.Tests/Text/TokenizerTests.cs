using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public class TokenizerTests
{
    private static IReadOnlyList<Token> Tokenize(string language, string text) =>
        TestData.Pipeline.Language(language).Tokenizer.Tokenize(TextNormalizer.Normalize(text));

    private static string[] Texts(string language, string text) => Tokenize(language, text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("fr", "Open AI loue 4,5 gigawatts d'Oracle.", "Open|AI|loue|4,5|gigawatts|d'|Oracle|.")]
    [InlineData("fr", "l'accord qu'il jusqu'à aujourd'hui", "l'|accord|qu'|il|jusqu'|à|aujourd'hui")]
    [InlineData("fr", "L’accord d’Oracle", "L'|accord|d'|Oracle")]
    [InlineData("fr", "au Nouveau-Mexique, en 2028", "au|Nouveau-Mexique|,|en|2028")]
    [InlineData("fr", "1 200 mégawatts", "1 200|mégawatts")]
    [InlineData("fr", "3\u00A0000\u202F000 euros", "3 000 000|euros")]
    [InlineData("fr", "30 Md$ et 400 M€", "30|Md|$|et|400|M|€")]
    [InlineData("en", "$30bn and €2.5bn", "$|30|bn|and|€|2.5|bn")]
    [InlineData("en", "US$500 million, or 1,200 MW.", "US$|500|million|,|or|1,200|MW|.")]
    [InlineData("en", "a 4.5GW lease (30%)", "a|4.5|GW|lease|(|30|%|)")]
    [InlineData("en", "Oracle's \"Stargate\" project", "Oracle|'s|\"|Stargate|\"|project")]
    [InlineData("en", "Acme Inc. and U.S. regulators", "Acme|Inc.|and|U.S.|regulators")]
    public void Splits_text_into_the_expected_tokens(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(language, text));
    }

    [Theory]
    [InlineData("fr", "Open AI loue 4,5\u00A0gigawatts d’Oracle pour 30\u202Fmilliards de dollars.")]
    [InlineData("fr", "Le cœur du contrat : « Stargate », 1\u00A0200 MW, l’Œuvre.")]
    [InlineData("en", "The \uFB01nal deal\u00AD—worth $30bn—was signed.\r\nNext line.")]
    public void Every_token_maps_back_to_the_exact_original_text(string language, string text)
    {
        foreach (var token in Tokenize(language, text))
        {
            var original = text[token.Start..token.End];
            Assert.Equal(token.Text, TextNormalizer.Normalize(original).Value);
        }
    }

    [Fact]
    public void Normalizer_folds_typography_and_keeps_a_map_to_the_original()
    {
        var text = "d’Œuvre\u00A0X";
        var normalized = TextNormalizer.Normalize(text);
        Assert.Equal("d'OEuvre X", normalized.Value);
        Assert.Equal((2, 7), normalized.ToOriginal(2, 8)); // "OEuvre" is "Œuvre"
    }
}
