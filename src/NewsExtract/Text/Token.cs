namespace NewsExtract.Text;

/// <summary>
/// A token: its normalised text, its range in the normalised text, and its range in the original text.
/// </summary>
public sealed record Token(string Text, int NormStart, int NormEnd, int Start, int End, int NewlinesBefore)
{
    private string? _lower;

    // Computed on first use: most tokens are never looked up case-insensitively.
    public string Lower => _lower ??= Text.ToLowerInvariant();

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);

    public bool StartsWithDigit => Text.Length > 0 && char.IsDigit(Text[0]);

    /// <summary>True when the token is immediately followed by <paramref name="next"/> with no space between.</summary>
    public bool Touches(Token next) => NormEnd == next.NormStart;
}
