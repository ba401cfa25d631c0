using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Deals;
using NewsExtract.Ingestion;
using NewsExtract.Learning;
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
    private readonly DealAssembler _deals;
    private readonly EntityTagger? _tagger;
    private readonly DealModels? _dealModels;

    private Pipeline(IReadOnlyDictionary<string, LanguageResources> languages, string? forcedLanguage, EntityTagger? tagger, DealModels? dealModels)
    {
        _languages = languages;
        _forcedLanguage = forcedLanguage;
        _tagger = tagger;
        _dealModels = dealModels;
        _deals = new DealAssembler(dealModels);
        _detector = new LanguageDetector(languages.Values.Select(l => (l.Code, l.StopWords)));
    }

    public static Pipeline Load(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        var languages = options.Languages.ToDictionary(code => code, code => LanguageResources.Load(options.LanguagesDirectory, code));
        if (options.ForcedLanguage is { } forced && !languages.ContainsKey(forced))
            throw new ArgumentException($"language '{forced}' is not loaded (loaded: {string.Join(", ", languages.Keys)})");
        var models = options.ModelsDirectory;
        EntityTagger? tagger = null;
        DealModels? dealModels = null;
        // Most of the loading time is ML.NET building each model's scoring pipeline: the models load side by side.
        Parallel.Invoke(
            () => tagger = models is not null && File.Exists(Path.Combine(models, EntityTagger.FileName)) ? EntityTagger.Load(Path.Combine(models, EntityTagger.FileName)) : null,
            () => dealModels = models is not null && Directory.Exists(models) ? DealModels.Load(models) : null);
        return new Pipeline(languages, options.ForcedLanguage, tagger, dealModels);
    }

    /// <summary>False when no trained model was found: the rules run alone.</summary>
    public bool HasModels => _tagger is not null || _dealModels is not null;

    public IReadOnlyCollection<string> Languages => _languages.Keys.ToArray();

    public ArticleResult Extract(Document document) => Extract(document, DetectLanguage(document.Text));

    /// <summary>Extracts with a given language instead of the detected one (an annotated corpus says it).</summary>
    public ArticleResult Extract(Document document, string code)
    {
        var language = LanguageOrDefault(code);
        var analyzed = Analyze(document.Text, language, PublicationDate(document.Published));
        var entities = Recognize(analyzed);
        var deals = _deals.Assemble(analyzed, entities, document.BodyStart);
        return new ArticleResult(document.Source, code, document.Title, document.Published, entities, deals)
        {
            Text = document.Text,
            Url = document.Url,
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
        if (_tagger is not null)
        {
            // Rules propose, the tagger adds the names they could not see, unless a name it reads is known to
            // be something else (a month, a listed place, a person) or names a site ("Crane Clean Energy Center").
            foreach (var span in _tagger.Tag(analyzed, resolved))
            {
                if (OrganizationRecognizer.IsKnownNonName(analyzed.Tokens, span.Start, span.End, analyzed.Language))
                    continue;
                var text = analyzed.Slice(span.Start, span.End);
                var (start, end) = (analyzed.Tokens[span.Start].Start, analyzed.Tokens[span.End - 1].End);
                if (span.Type == EntityTypes.Location)
                    proposals.Add(new NamedEntity(EntityTypes.Location, text, start, end, span.Start, span.End, text, EntityOrigin.Model));
                else if (span.Type == EntityTypes.Organization && !NamesFacility(analyzed, span.Start, span.End))
                    proposals.Add(new NamedEntity(EntityTypes.Organization, text, start, end, span.Start, span.End,
                        OrganizationRecognizer.NameOf(analyzed, span.Start, span.End), EntityOrigin.Model));
            }
            resolved = EntityResolver.Resolve(proposals);
        }
        return ShortNameResolver.Resolve(EntityResolver.Resolve(proposals.Concat(NamePropagator.Propagate(analyzed, resolved))));
    }

    // "Three Mile Island reactor", "Crane Clean Energy Center": a name before or ending with a facility word is a site.
    private static bool NamesFacility(AnalyzedText analyzed, int start, int end) =>
        analyzed.Language.IsCue(CueKind.Facility, analyzed.Tokens, end, analyzed.Tokens.Count, out _)
        || analyzed.Language.IsCue(CueKind.Facility, analyzed.Tokens, end - 1, end, out _);

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

    /// <summary>A language's resources; an undetermined article is still analysed, with the first language's.</summary>
    public LanguageResources LanguageOrDefault(string code) => _languages.TryGetValue(code, out var found) ? found : _languages.Values.First();

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
