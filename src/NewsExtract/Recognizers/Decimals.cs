namespace NewsExtract.Recognizers;

public static class Decimals
{
    /// <summary>Drops trailing zeros of the scale so 4.50 × 10^9 prints as 4500000000, not 4500000000.00.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
