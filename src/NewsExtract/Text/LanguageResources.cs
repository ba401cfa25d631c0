using System.Globalization;

namespace NewsExtract.Text;

/// <summary>
/// Everything one language contributes, loaded from its data folder (Languages/&lt;code&gt;/) plus the
/// language-neutral folder (Languages/xx/). Engine code reads these tables and holds no word lists.
/// </summary>
public sealed class LanguageResources
{
    public const string Neutral = "xx";

    private LanguageResources(string code) => Code = code;

    public string Code { get; }
    public Tokenizer Tokenizer { get; private set; } = null!;
    public SentenceSplitter SentenceSplitter { get; private set; } = null!;
    public IReadOnlySet<string> StopWords { get; private set; } = null!;
    public PhraseLexicon<decimal> NumberWords { get; } = new();
    public PhraseLexicon<decimal> Fractions { get; } = new();
    public PhraseLexicon<string> DurationUnits { get; } = new();
    public PhraseLexicon<string> DateQualifiers { get; } = new();
    public PhraseLexicon<int> Quarters { get; } = new();
    public PhraseLexicon<RelativeDate> RelativeDates { get; } = new();
    public char DecimalSeparator { get; private set; } = '.';
    public PhraseLexicon<decimal> Scales { get; } = new();
    public PhraseLexicon<string> Currencies { get; } = new();

    /// <summary>Currency words that also name something else ("pounds" of copper): not money before "of".</summary>
    public IReadOnlySet<string> AmbiguousCurrencies { get; private set; } = new HashSet<string>();

    /// <summary>Currency forms with a scale inside them: Québec's "G$" is billions of dollars.</summary>
    public IReadOnlyDictionary<string, decimal> CurrencyScales { get; private set; } = new Dictionary<string, decimal>();
    public PhraseLexicon<bool> MoneyConnectors { get; } = new();
    public PhraseLexicon<string> Periods { get; } = new();
    public PhraseLexicon<UnitDefinition> Units { get; } = new();
    public PhraseLexicon<int> Months { get; } = new();
    public PhraseLexicon<TriggerDefinition> Triggers { get; } = new();
    public IReadOnlyList<RoleFlip> RoleFlips { get; private set; } = [];
    public IReadOnlyDictionary<CueKind, PhraseLexicon<bool>> Cues { get; private set; } = null!;
    public PhraseLexicon<Place> Places { get; } = new();
    public PhraseLexicon<string> Organizations { get; } = new();

    /// <summary>The canonical names of the organisation gazetteer.</summary>
    public IReadOnlySet<string> OrganizationNames { get; private set; } = new HashSet<string>();
    /// <summary>Words after a name that make it an organisation; true for a legal form, which the canonical name leaves out.</summary>
    public PhraseLexicon<bool> CorporateSuffixes { get; } = new();

    /// <summary>Words that follow another in a listed organisation's name ("Bank", "Energy", "Partners"): names go on through them.</summary>
    public IReadOnlySet<string> OrganizationTailWords { get; private set; } = new HashSet<string>();

    /// <summary>Capitalised words that never name an organisation alone: acronyms ("AI", "CEO"), nationalities ("British").</summary>
    public IReadOnlySet<string> NotNames { get; private set; } = new HashSet<string>();

    /// <summary>Given names: a name run that begins with one is a person ("Xavier Niel"), not an organisation.</summary>
    public IReadOnlySet<string> FirstNames { get; private set; } = new HashSet<string>();

    /// <summary>Lower-case words that join the words of a name ("Bank of America", "Caisse des Dépôts", "AT&amp;T").</summary>
    public IReadOnlySet<string> NameJoiners { get; private set; } = new HashSet<string>();

    public bool IsCue(CueKind kind, IReadOnlyList<Token> tokens, int start, int end, out int length) =>
        Cues[kind].TryMatch(tokens, start, end, out length, out _);

    public static LanguageResources Load(string languagesRoot, string code)
    {
        var folder = Path.Combine(languagesRoot, code);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"language data folder not found: {folder}");
        var neutral = Path.Combine(languagesRoot, Neutral);
        string F(string name) => Path.Combine(folder, name);
        string N(string name) => Path.Combine(neutral, name);

        var lang = new LanguageResources(code);
        var abbreviationRows = DataFile.ReadRows(F("abbreviations.txt"), 1).ToArray();
        var abbreviations = abbreviationRows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var titles = abbreviationRows.Where(r => r.Length > 1 && r[1] == "title").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var stopWords = DataFile.ReadLines(F("stopwords.txt")).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        lang.StopWords = stopWords;
        foreach (var r in DataFile.ReadRows(F("number_format.tsv"), 2))
            if (r[0] == "decimal_separator" && r[1].Length == 1)
                lang.DecimalSeparator = r[1][0];

        var scaleRows = DataFile.ReadRows(F("scales.tsv"), 2).ToArray();
        var unitRows = DataFile.ReadRows(F("units.tsv"), 4).ToArray();
        var currencyRows = DataFile.ReadRows(F("currencies.tsv"), 2).ToArray();
        var numberSuffixes = new PhraseLexicon<bool>();
        var unitSymbols = new PhraseLexicon<bool>();
        foreach (var form in scaleRows.Select(r => r[0]).Concat(unitRows.Select(r => r[0])).Where(f => !f.Contains(' ')))
            numberSuffixes.Add([form], true);
        foreach (var form in unitRows.Select(r => r[0]).Where(f => !f.Contains(' ')))
            unitSymbols.Add([form], true);

        lang.Tokenizer = new Tokenizer(new TokenizerRules
        {
            Abbreviations = abbreviations,
            Exceptions = DataFile.ReadLines(F("tokenizer_exceptions.txt")).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            Elisions = DataFile.ReadLines(F("elisions.txt")).Select(w => w.ToLowerInvariant()).OrderByDescending(e => e.Length).ToArray(),
            // Symbols ("$", "US$") and codes ("EUR", "USD") come apart from a number glued to them: "EUR2bn".
            CurrencySymbols = currencyRows.Select(r => r[0]).Where(f => (f.Any(c => !char.IsLetter(c)) || f.Length == 3 && f.All(char.IsUpper)) && !f.Contains(' '))
                .Distinct().OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray(),
            IsNumberSuffix = numberSuffixes.Contains,
            IsUnit = unitSymbols.Contains,
            HyphenSuffixes = DataFile.ReadLines(F("hyphen_suffixes.txt")).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        });
        lang.SentenceSplitter = new SentenceSplitter(abbreviations, titles, stopWords);

        foreach (var r in scaleRows) lang.Scales.Add(lang.Split(r[0]), ParseDecimal(r[1]));
        foreach (var r in DataFile.ReadRows(F("number_words.tsv"), 2)) lang.NumberWords.Add(lang.Split(r[0]), ParseDecimal(r[1]));
        foreach (var r in DataFile.ReadRows(F("fractions.tsv"), 2)) lang.Fractions.Add(lang.Split(r[0]), ParseDecimal(r[1]));
        foreach (var r in DataFile.ReadRows(F("durations.tsv"), 2)) lang.DurationUnits.Add(lang.Split(r[0]), r[1]);
        foreach (var r in DataFile.ReadRows(F("date_qualifiers.tsv"), 2)) lang.DateQualifiers.Add(lang.Split(r[0]), r[1]);
        foreach (var r in DataFile.ReadRows(F("quarters.tsv"), 2)) lang.Quarters.Add(lang.Split(r[0]), int.Parse(r[1], CultureInfo.InvariantCulture));
        foreach (var r in DataFile.ReadRows(F("relative_dates.tsv"), 3))
            lang.RelativeDates.Add(lang.Split(r[0]), new RelativeDate(r[1], int.Parse(r[2], CultureInfo.InvariantCulture)));
        foreach (var r in currencyRows) lang.Currencies.Add(lang.Split(r[0]), r[1]);
        lang.AmbiguousCurrencies = currencyRows.Where(r => r.Length > 2 && r[2] == "ambiguous").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        lang.CurrencyScales = currencyRows.Where(r => r.Length > 2 && r[2].StartsWith("scale=", StringComparison.Ordinal))
            .ToDictionary(r => r[0], r => ParseDecimal(r[2]["scale=".Length..]), StringComparer.Ordinal);
        foreach (var w in DataFile.ReadLines(F("money_connectors.txt"))) lang.MoneyConnectors.Add(lang.Split(w), true);
        foreach (var r in DataFile.ReadRows(F("periods.tsv"), 2)) lang.Periods.Add(lang.Split(r[0]), r[1]);
        foreach (var r in unitRows) lang.Units.Add(lang.Split(r[0]), new UnitDefinition(r[1], ParseDecimal(r[2]), r[3]));
        foreach (var r in DataFile.ReadRows(F("months.tsv"), 2)) lang.Months.Add(lang.Split(r[0]), int.Parse(r[1], CultureInfo.InvariantCulture));
        foreach (var r in DataFile.ReadRows(F("triggers.tsv"), 5)) lang.Triggers.Add(lang.Split(r[0]), TriggerDefinition.Parse(r));
        lang.RoleFlips = DataFile.ReadRows(F("role_flips.tsv"), 4)
            .Select(r => new RoleFlip(r[0], lang.Split(r[1]), r[2], r[3])).ToArray();

        var cues = Enum.GetValues<CueKind>().ToDictionary(k => k, _ => new PhraseLexicon<bool>());
        foreach (var r in DataFile.ReadRows(F("cues.tsv"), 2))
        {
            if (!Enum.TryParse<CueKind>(r[0].Replace("_", ""), ignoreCase: true, out var kind))
                throw new InvalidDataException($"{F("cues.tsv")}: unknown cue kind '{r[0]}'");
            cues[kind].Add(lang.Split(r[1]), true);
        }
        lang.Cues = cues;

        var placeArticles = DataFile.ReadLines(F("place_articles.txt")).ToHashSet(StringComparer.Ordinal);
        foreach (var r in DataFile.ReadRows(F("places.tsv"), 3))
        {
            var surface = lang.Split(r[0]);
            lang.Places.Add(surface, new Place(r[1], r[2]));
            // "au Havre", "du Caire": the article of "Le Havre" merges into the preposition.
            if (surface.Count > 1 && placeArticles.Contains(surface[0]))
                lang.Places.Add(surface.Skip(1).ToArray(), new Place(r[1], r[2]));
        }
        var organizationRows = DataFile.ReadRows(N("organizations.tsv"), 2).ToArray();
        foreach (var r in organizationRows) lang.Organizations.Add(lang.Split(r[0]), r[1]);
        lang.OrganizationNames = organizationRows.Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        lang.OrganizationTailWords = organizationRows.SelectMany(r => lang.Split(r[0]).Skip(1))
            .Where(w => w.Any(char.IsUpper) && !stopWords.Contains(w.ToLowerInvariant())).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var r in DataFile.ReadRows(N("corporate_suffixes.txt"), 1)) lang.CorporateSuffixes.Add(lang.Split(r[0]), r.Length < 2 || r[1] != "descriptor");
        lang.FirstNames = DataFile.ReadLines(N("first_names.txt")).ToHashSet(StringComparer.Ordinal);
        lang.NameJoiners = DataFile.ReadLines(F("name_joiners.txt")).Concat(DataFile.ReadLines(N("name_joiners.txt")))
            .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        lang.NotNames = DataFile.ReadLines(N("not_names.txt")).Concat(DataFile.ReadLines(F("demonyms.txt"))).ToHashSet(StringComparer.Ordinal);
        return lang;
    }

    public IReadOnlyList<string> Split(string phrase) => Tokenizer.Split(phrase);

    private static decimal ParseDecimal(string s) =>
        decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}

public sealed record UnitDefinition(string Symbol, decimal Factor, string BaseUnit);

public sealed record Place(string Name, string Kind);

/// <summary>A date said relative to the article's own: <see cref="Unit"/> "year" or "month" shifted by <see cref="Offset"/>.</summary>
public sealed record RelativeDate(string Unit, int Offset);

public sealed record RoleFlip(string DealType, IReadOnlyList<string> Preposition, string AgentRole, string CounterpartRole);

/// <summary>
/// A word that signals a deal. A verb is an act ("signe", "acquires") and makes a deal by itself; a noun
/// ("contrat", "partnership") needs terms (an amount or a capacity) or a party as its subject.
/// </summary>
public sealed record TriggerDefinition(string DealType, bool IsVerb, string? AgentRole, string? CounterpartRole, TriggerDefinition? WithCapacity)
{
    internal static TriggerDefinition Parse(string[] r)
    {
        static string? Role(string s) => s is "-" or "" ? null : s;
        TriggerDefinition? withCapacity = null;
        if (r.Length > 5 && r[5].Length > 0)
        {
            var p = r[5].Split(':');
            withCapacity = new TriggerDefinition(p[0], r[2] == "verb", Role(p[1]), Role(p[2]), null);
        }
        if (r[2] is not ("verb" or "noun"))
            throw new InvalidDataException($"trigger '{r[0]}': strength must be 'verb' or 'noun', not '{r[2]}'");
        return new TriggerDefinition(r[1], r[2] == "verb", Role(r[3]), Role(r[4]), withCapacity);
    }
}

/// <summary>Kinds of context words the deal assembler reads from cues.tsv.</summary>
public enum CueKind
{
    Source,

    /// <summary>Words after a name that make it the one speaking ("Alphabet said"), not a counterpart of the act.</summary>
    Speaker,
    Competitor,
    NonDealAmount,
    Start,
    Anaphor,
    Passive,
    Counterpart,
    Auxiliary,
    Project,
    Rumour,
    Denial,
    Commodity,
    Equity,
    Site,
    Comparison,
    Coordination,
    QualifierMin,
    QualifierMax,
    QualifierApprox,
    RangeOpen,
    RangeJoin,
    RangeBareJoin,
    Duration,
    DurationFiller,

    ClauseBreak,
    Facility,
}
