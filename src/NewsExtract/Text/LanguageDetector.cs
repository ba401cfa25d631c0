using Lingua;

namespace NewsExtract.Text;

/// <summary>
/// Tells the language of an article. Function words (each language's stop-word list) decide when they
/// give clear evidence, which every article body does; a short text (a headline) goes to Lingua's
/// n-gram models restricted to the loaded languages, and is "und" unless Lingua is confident. A text
/// in another language has none of our function words and too little confidence: "und".
/// </summary>
public sealed class LanguageDetector
{
    public const string Undetermined = "und";
    private const int DecisiveFunctionWords = 4;
    private const double MinimumConfidence = 0.8;

    private readonly IReadOnlyList<(string Code, IReadOnlySet<string> StopWords)> _languages;
    private readonly Lazy<(Lingua.LanguageDetector Detector, Dictionary<Language, string> Codes)?> _ngrams;
    private readonly Lock _ngramLock = new();

    public LanguageDetector(IEnumerable<(string Code, IReadOnlySet<string> StopWords)> languages)
    {
        _languages = languages.ToArray();
        _ngrams = new(() =>
        {
            var codes = new Dictionary<Language, string>();
            foreach (var (code, _) in _languages)
                if (Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso))
                    codes[LanguageInfo.GetByIsoCode6391(iso)] = code;
            return codes.Count < 2 ? null : (LanguageDetectorBuilder.FromLanguages(codes.Keys.ToArray()).Build(), codes);
        });
    }

    public string Detect(string text, IEnumerable<string> lowerCaseWords)
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
        var ranked = Enumerable.Range(0, scores.Length).OrderByDescending(l => scores[l]).ToArray();
        var best = ranked.Length > 0 ? scores[ranked[0]] : 0;
        var second = ranked.Length > 1 ? scores[ranked[1]] : 0;
        if (best >= DecisiveFunctionWords && best >= 2 * second && best * 10 >= words)
            return _languages[ranked[0]].Code;
        if (words == 0 || _ngrams.Value is not { } ngrams)
            return Undetermined;
        IReadOnlyDictionary<Language, double> confidence;
        lock (_ngramLock) // the model loads on first use; one thread at a time keeps that simple
            confidence = ngrams.Detector.ComputeLanguageConfidenceValues(text);
        var top = confidence.OrderByDescending(c => c.Value).FirstOrDefault();
        return top.Value >= MinimumConfidence && ngrams.Codes.TryGetValue(top.Key, out var found) ? found : Undetermined;
    }
}
