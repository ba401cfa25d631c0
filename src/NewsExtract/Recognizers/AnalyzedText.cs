using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>An article's text after analysis: the language, tokens and sentences recognizers read.</summary>
public sealed class AnalyzedText
{
    public AnalyzedText(string original, LanguageResources language, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Original = original;
        Language = language;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Original { get; }
    public LanguageResources Language { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The article's publication date, when known: relative dates ("janvier dernier") count from it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The original text covered by tokens [from, to).</summary>
    public string Slice(int from, int to) => Original[Tokens[from].Start..Tokens[to - 1].End];
}
