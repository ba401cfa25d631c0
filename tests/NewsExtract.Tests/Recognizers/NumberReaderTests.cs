using NewsExtract.Recognizers;

namespace NewsExtract.Tests.Recognizers;

public class NumberReaderTests
{
    [Theory]
    [InlineData("4,5", ',', false, "4.5")]
    [InlineData("4.5", ',', false, "4.5")]
    [InlineData("4.5", '.', false, "4.5")]
    [InlineData("4,5", '.', false, "4.5")]
    [InlineData("1 200", ',', false, "1200")]
    [InlineData("1,200", '.', false, "1200")]
    [InlineData("1,200", ',', false, "1200")]
    [InlineData("1,200", ',', true, "1.200")]
    [InlineData("1.200.000", ',', false, "1200000")]
    [InlineData("1,200,000", '.', false, "1200000")]
    [InlineData("1.234,5", ',', false, "1234.5")]
    [InlineData("1,234.5", '.', false, "1234.5")]
    [InlineData("1'200", '.', false, "1200")]
    public void Parses_numbers_in_both_conventions(string text, char decimalSeparator, bool beforeScale, string expected)
    {
        Assert.True(NumberReader.TryParse(text, decimalSeparator, beforeScale, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1.2,3.4")]
    [InlineData("12a")]
    public void Rejects_malformed_numbers(string text)
    {
        Assert.False(NumberReader.TryParse(text, '.', false, out _));
    }
}
