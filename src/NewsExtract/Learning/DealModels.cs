using NewsExtract.Corpus;
using NewsExtract.Deals;

namespace NewsExtract.Learning;

/// <summary>
/// The learned deal judge: five classifiers trained on the annotated corpus over what the deal rules
/// read. The party classifier vetoes an organisation the rules placed in the act (a grid operator near
/// the deal word, a drug brand taken for a company), the term classifier an amount or capacity that
/// measures something else (a revenue, a budget, a country's total); the type, role and status
/// classifiers correct the rules' answer (a status says whether the sentence announces the deal or
/// reports talks, a plan or a denial). Each acts only when confident, since the rules are right most of the time.
/// </summary>
public sealed class DealModels : IDealJudge, IDisposable
{
    public const string TypeFile = "deal-type.zip";
    public const string PartyFile = "deal-party.zip";
    public const string RoleFile = "deal-role.zip";
    public const string TermFile = "deal-term.zip";
    public const string StatusFile = "deal-status.zip";
    public const string Party = "party";
    public const string NotParty = "other";
    public const string Term = "term";
    public const string NotTerm = "other";

    /// <summary>Below this probability of taking part (or of being the deal's amount or capacity), an organisation (an amount) is vetoed.</summary>
    public const float VetoBelow = 0.3f;

    /// <summary>The probability a status must reach to overrule the rumour and denial cues.</summary>
    public const float StatusAbove = 0.7f;

    /// <summary>The probability a type must reach to replace the rules' answer.</summary>
    public const float TypeAbove = 0.8f;

    /// <summary>The probability a role must reach to replace the rules' answer.</summary>
    public const float RoleAbove = 0.5f;

    private readonly FeatureClassifier _types;
    private readonly FeatureClassifier _parties;
    private readonly FeatureClassifier _roles;
    private readonly FeatureClassifier _terms;
    private readonly FeatureClassifier _statuses;
    private readonly int _partyLabel;
    private readonly int _termLabel;

    private DealModels(FeatureClassifier types, FeatureClassifier parties, FeatureClassifier roles, FeatureClassifier terms, FeatureClassifier statuses)
    {
        (_types, _parties, _roles, _terms, _statuses) = (types, parties, roles, terms, statuses);
        _partyLabel = parties.Labels.ToList().IndexOf(Party);
        _termLabel = terms.Labels.ToList().IndexOf(Term);
    }

    public static IReadOnlyList<string> Files => [TypeFile, PartyFile, RoleFile, TermFile, StatusFile];

    public static DealModels Train(DealTrainingRows rows, int seed) =>
        new(FeatureClassifier.Train(rows.Types, seed), FeatureClassifier.Train(rows.Parties, seed),
            FeatureClassifier.Train(rows.Roles, seed), FeatureClassifier.Train(rows.Terms, seed), FeatureClassifier.Train(rows.Statuses, seed));

    /// <summary>The models in a folder, or null when it does not hold all of them.</summary>
    public static DealModels? Load(string folder)
    {
        if (!Files.All(f => File.Exists(Path.Combine(folder, f))))
            return null;
        var loaded = Files.AsParallel().AsOrdered().Select(f => FeatureClassifier.Load(Path.Combine(folder, f))).ToArray();
        return new(loaded[0], loaded[1], loaded[2], loaded[3], loaded[4]);
    }

    public void Save(string folder)
    {
        _types.Save(Path.Combine(folder, TypeFile));
        _parties.Save(Path.Combine(folder, PartyFile));
        _roles.Save(Path.Combine(folder, RoleFile));
        _terms.Save(Path.Combine(folder, TermFile));
        _statuses.Save(Path.Combine(folder, StatusFile));
    }

    public string DealType(DealContext context, string ruleType) =>
        Override(_types, DealFeatures.ForType(context, ruleType), ruleType, null, TypeAbove);

    /// <summary>Announced when the classifier is confident of it or the cues say so and it is not confident otherwise.</summary>
    public bool IsAsserted(DealContext context, bool ruleAsserted)
    {
        var (status, probability) = Best(_statuses, DealFeatures.ForStatus(context, ruleAsserted), null);
        return probability >= StatusAbove ? status == GoldDeal.Announced : ruleAsserted;
    }

    public bool IsParty(PartyContext context) =>
        _partyLabel < 0 || _parties.Probabilities(DealFeatures.ForParty(context))[_partyLabel] >= VetoBelow;

    public bool IsDealTerm(TermContext context) =>
        _termLabel < 0 || _terms.Probabilities(DealFeatures.ForTerm(context))[_termLabel] >= VetoBelow;

    public string Role(PartyContext context, string ruleRole)
    {
        // A side the rules read from a verb or a preposition stands; the judge names the side they could
        // not tell ("party"), and re-reads one a type change left without meaning, the likeliest that fits.
        var allowed = Roles.Of(context.DealType).Where(r => r != Roles.Unknown).ToArray();
        if (allowed.Contains(ruleRole))
            return ruleRole;
        var features = DealFeatures.ForRole(context, ruleRole);
        return ruleRole == Roles.Unknown
            ? Override(_roles, features, ruleRole, allowed, RoleAbove)
            : Best(_roles, features, allowed).Label ?? Roles.Unknown;
    }

    private static string Override(FeatureClassifier classifier, string features, string ruleAnswer, IReadOnlyList<string>? allowed, float above)
    {
        var (label, probability) = Best(classifier, features, allowed);
        return label is not null && probability >= above ? label : ruleAnswer;
    }

    private static (string? Label, float Probability) Best(FeatureClassifier classifier, string features, IReadOnlyList<string>? allowed)
    {
        var scores = classifier.Probabilities(features);
        var (label, probability) = ((string?)null, -1f);
        for (var k = 0; k < scores.Length; k++)
            if ((allowed is null || allowed.Contains(classifier.Labels[k])) && scores[k] > probability)
                (label, probability) = (classifier.Labels[k], scores[k]);
        return (label, probability);
    }

    public void Dispose()
    {
        _types.Dispose();
        _parties.Dispose();
        _roles.Dispose();
        _terms.Dispose();
        _statuses.Dispose();
    }
}
