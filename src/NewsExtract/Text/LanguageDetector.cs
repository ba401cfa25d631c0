namespace NewsExtract.Text;

/// <summary>
/// Picks the language whose function words (its stop-word list) cover the most tokens.
/// Function words are the most frequent and most language-specific words of any text, so even a
/// headline is usually decided; a text with too little evidence, or a tie, is "und".
/// </summary>
public sealed class LanguageDetector
{
    public const string Undetermined = "und";
    private readonly IReadOnlyList<(string Code, IReadOnlySet<string> StopWords)> _languages;

    public LanguageDetector(IEnumerable<(string Code, IReadOnlySet<string> StopWords)> languages) =>
        _languages = languages.ToArray();

    public string Detect(IEnumerable<string> lowerCaseWords)
    {
        var scores = new int[_languages.Count];
        var words = 0;
        foreach (var word in lowerCaseWords)
        {
            words++;
            for (var l = 0; l < _languages.Count; l++)
                if (_languages[l].StopWords.Contains(word))
                    scores[l]++;
        }
        var best = -1;
        var second = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (best < 0 || scores[l] > scores[best])
            {
                if (best >= 0) second = Math.Max(second, scores[best]);
                best = l;
            }
            else
            {
                second = Math.Max(second, scores[l]);
            }
        }
        if (best < 0 || scores[best] < 2 || scores[best] <= second || scores[best] * 10 < words)
            return Undetermined;
        return _languages[best].Code;
    }
}
