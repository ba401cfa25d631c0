namespace NewsExtract.Text;

/// <summary>The language data a <see cref="Tokenizer"/> is driven by.</summary>
public sealed class TokenizerRules
{
    /// <summary>Forms with dots kept whole and not taken as sentence ends ("M.", "Inc.", "U.S.").</summary>
    public required IReadOnlySet<string> Abbreviations { get; init; }

    /// <summary>Lower-case words kept whole although they contain an apostrophe ("aujourd'hui").</summary>
    public required IReadOnlySet<string> Exceptions { get; init; }

    /// <summary>Lower-case elided articles and pronouns split off the word they precede ("d'", "l'", "qu'").</summary>
    public required IReadOnlyList<string> Elisions { get; init; }

    /// <summary>Currency forms that are not plain words ("$", "US$", "€"), split off digits and scale letters.</summary>
    public required IReadOnlyList<string> CurrencySymbols { get; init; }

    /// <summary>Words split off a number they are glued to ("bn" in "30bn", "GW" in "4,5GW").</summary>
    public required Func<string, bool> IsNumberSuffix { get; init; }

    /// <summary>Lower-case endings split off a hyphenated word ("-based" in "Madrid-based"), so the place stands alone.</summary>
    public required IReadOnlySet<string> HyphenSuffixes { get; init; }

    /// <summary>Unit symbols among those words ("W", "GW"): split even when a single letter.</summary>
    public required Func<string, bool> IsUnit { get; init; }
}
