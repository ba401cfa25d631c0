using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>
/// The tokenizer and sentence splitter spec, as data: Examples/&lt;lang&gt;/tokens.tsv (text, then the
/// tokens separated by '|') and sentences.tsv (text, then the sentences separated by '||'). Both
/// columns take C-style escapes (\n, \u00A0). Every line is a test case named by file and line.
/// </summary>
public class TextExampleTests
{
    public static TheoryData<string, int, string, string> Lines(string name)
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var language in new[] { "en", "fr" })
        {
            var path = TestData.Examples(language, name);
            if (!File.Exists(path))
                continue;
            foreach (var (line, columns) in TestData.ExampleLines(path))
                data.Add($"{language}/{name}", line, Regex.Unescape(columns[0]), Regex.Unescape(columns[1]));
        }
        return data;
    }

    public static TheoryData<string, int, string, string> Tokens() => Lines("tokens.tsv");

    public static TheoryData<string, int, string, string> Sentences() => Lines("sentences.tsv");

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Tokenization(string file, int line, string text, string expected)
    {
        var language = TestData.Pipeline.Language(file[..2]);
        var tokens = language.Tokenizer.Tokenize(TextNormalizer.Normalize(text));
        var found = string.Join("|", tokens.Select(t => t.Text));
        Assert.True(expected == found, $"{file}:{line}: \"{text}\"\n  expected: {expected}\n  found:    {found}");
        foreach (var token in tokens)
            Assert.Equal(token.Text, TextNormalizer.Normalize(text[token.Start..token.End]).Value);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Sentence_splitting(string file, int line, string text, string expected)
    {
        var analyzed = TestData.Pipeline.Analyze(text, TestData.Pipeline.Language(file[..2]));
        var found = string.Join("||", analyzed.Sentences.Select(s => text[s.Start..s.End]));
        Assert.True(expected == found, $"{file}:{line}: \"{text}\"\n  expected: {expected}\n  found:    {found}");
    }
}
