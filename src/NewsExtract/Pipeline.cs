using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Deals;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>
/// The public entry point: load language data once, then <see cref="Extract"/> articles, from any number
/// of threads at once (everything loaded is read-only).
/// </summary>
public sealed partial class Pipeline
{
    private readonly IReadOnlyDictionary<string, LanguageResources> _languages;
    private readonly LanguageDetector _detector;
    private readonly string? _forcedLanguage;
    private readonly IReadOnlyList<IEntityRecognizer> _recognizers =
    [
        new MoneyRecognizer(), new CapacityRecognizer(), new DateRecognizer(),
        new LocationRecognizer(), new OrganizationRecognizer(), new ProjectRecognizer(),
    ];
    private readonly DealAssembler _deals = new();

    private Pipeline(IReadOnlyDictionary<string, LanguageResources> languages, string? forcedLanguage)
    {
        _languages = languages;
        _forcedLanguage = forcedLanguage;
        _detector = new LanguageDetector(languages.Values.Select(l => (l.Code, l.StopWords)));
    }

    public static Pipeline Load(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        var languages = options.Languages.ToDictionary(code => code, code => LanguageResources.Load(options.LanguagesDirectory, code));
        if (options.ForcedLanguage is { } forced && !languages.ContainsKey(forced))
            throw new ArgumentException($"language '{forced}' is not loaded (loaded: {string.Join(", ", languages.Keys)})");
        return new Pipeline(languages, options.ForcedLanguage);
    }

    public IReadOnlyCollection<string> Languages => _languages.Keys.ToArray();

    public ArticleResult Extract(Document document) => Extract(document, DetectLanguage(document.Text));

    /// <summary>Extracts with a given language instead of the detected one (an annotated corpus says it).</summary>
    public ArticleResult Extract(Document document, string code)
    {
        // An undetermined article is still analysed, with the first language's rules.
        var language = _languages.TryGetValue(code, out var found) ? found : _languages.Values.First();
        var analyzed = Analyze(document.Text, language, PublicationDate(document.Published));
        var entities = Recognize(analyzed);
        var deals = _deals.Assemble(analyzed, entities, document.BodyStart);
        return new ArticleResult(document.Source, code, document.Title, document.Published, entities, deals)
        {
            Text = document.Text,
            Sentences = analyzed.Sentences.Select(s => (s.Start, s.End)).ToArray(),
        };
    }

    /// <summary>The entities of an analysed text: every recognizer's proposals, overlaps resolved, names carried through the article.</summary>
    public List<Entity> Recognize(AnalyzedText analyzed)
    {
        var proposals = new List<Entity>();
        foreach (var sentence in analyzed.Sentences)
            foreach (var recognizer in _recognizers)
                recognizer.Recognize(analyzed, sentence, proposals);
        var resolved = EntityResolver.Resolve(proposals);
        return ShortNameResolver.Resolve(EntityResolver.Resolve(proposals.Concat(NamePropagator.Propagate(analyzed, resolved))));
    }

    /// <summary>The result for an article whose text an earlier article of the run already had: not extracted again.</summary>
    public ArticleResult Duplicate(Document document, string firstSource) =>
        new(document.Source, DetectLanguage(document.Text), document.Title, document.Published, [], [])
        {
            Text = document.Text,
            DuplicateOf = firstSource,
        };

    public string DetectLanguage(string text) => _forcedLanguage ?? _detector.Detect(text, Words(text));

    public AnalyzedText Analyze(string text, LanguageResources language, DateOnly? published = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = language.Tokenizer.Tokenize(normalized);
        return new AnalyzedText(text, language, tokens, language.SentenceSplitter.Split(tokens)) { Published = published };
    }

    private static DateOnly? PublicationDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public LanguageResources Language(string code) => _languages[code];

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
