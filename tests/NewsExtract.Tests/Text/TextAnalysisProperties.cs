using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>On any input, tokenizer and splitter never throw, and tokens stay in order, apart and exact.</summary>
public class TextAnalysisProperties
{
    // Random text biased towards what matters: letters, digits, separators, quotes, spaces and the
    // characters the normaliser rewrites (curly apostrophes, no-break spaces, ligatures, soft hyphens).
    private static readonly char[] Alphabet =
        "aAzZéÉçœŒﬁ0159 .,;:!?'’‘\"«»()-–—…$€£%\n\r\t\u00A0\u202F\u00AD\u200BdlquM".ToCharArray();

    public static Arbitrary<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))
            .ToArbitrary();

    [Property(MaxTest = 500, Arbitrary = [typeof(TextAnalysisProperties)])]
    public bool Tokens_are_ordered_disjoint_and_map_back(string text)
    {
        foreach (var code in new[] { "fr", "en" })
        {
            var language = TestData.Pipeline.Language(code);
            var normalized = TextNormalizer.Normalize(text);
            var tokens = language.Tokenizer.Tokenize(normalized);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
                    return false;
                if (TextNormalizer.Normalize(text[token.Start..token.End]).Value != token.Text)
                    return false;
                previousEnd = token.End;
            }
            var sentences = language.SentenceSplitter.Split(tokens);
            if (sentences.Sum(s => s.TokenCount) != tokens.Count)
                return false;
            if (sentences.Zip(sentences.Skip(1)).Any(p => p.First.TokenEnd != p.Second.TokenStart || p.First.End > p.Second.Start))
                return false;
        }
        return true;
    }
}
