using NewsExtract.Corpus;
using NewsExtract.Deals;
using NewsExtract.Recognizers;

namespace NewsExtract.Learning;

/// <summary>
/// Training examples for the deal judge, from what the deal rules read in an annotated corpus: every
/// organisation they place in a deal sentence (a party when the gold says it takes part in a deal of
/// the article), every amount and capacity they may take (the deal's own when a gold deal of the article
/// has that value), and for each sentence whose parties belong to a gold deal, that deal's type and
/// status and the gold role of each party.
/// </summary>
public sealed record DealTrainingRows(List<FeatureRow> Types, List<FeatureRow> Parties, List<FeatureRow> Roles, List<FeatureRow> Terms, List<FeatureRow> Statuses)
{
    /// <summary>The five sets, in the order of <see cref="DealModels.Files"/>.</summary>
    public IReadOnlyList<List<FeatureRow>> Sets => [Types, Parties, Roles, Terms, Statuses];

    public static DealTrainingRows Collect(Pipeline pipeline, string corpusFolder)
    {
        var rows = new DealTrainingRows([], [], [], [], []);
        foreach (var (document, gold) in CorpusLayout.Annotated(corpusFolder))
        {
            var analyzed = pipeline.Analyze(document.Text, pipeline.LanguageOrDefault(gold.Language));
            var recorder = new Recorder();
            new DealAssembler(recorder).Assemble(analyzed, pipeline.Recognize(analyzed), document.BodyStart);

            var mentions = gold.Entities.Where(e => e.Type == EntityTypes.Organization && e.Name is not null).ToArray();
            string? GoldName(NamedEntity org) => mentions.FirstOrDefault(g => g.Start < org.End && org.Start < g.End)?.Name;
            var partyNames = gold.Deals.SelectMany(d => d.Parties).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

            foreach (var party in recorder.Parties)
                rows.Parties.Add(new FeatureRow
                {
                    Features = DealFeatures.ForParty(party),
                    Label = GoldName(party.Organization) is { } name && partyNames.Contains(name) ? DealModels.Party : DealModels.NotParty,
                });
            foreach (var term in recorder.Terms)
                rows.Terms.Add(new FeatureRow { Features = DealFeatures.ForTerm(term), Label = IsGoldTerm(term.Term, gold) ? DealModels.Term : DealModels.NotTerm });
            foreach (var (deal, ruleType) in recorder.Deals)
            {
                // The gold deal of the sentence: the one that has most of the parties the rules placed there.
                var names = recorder.Parties.Where(p => p.Deal == deal).Select(p => GoldName(p.Organization)).OfType<string>().ToHashSet();
                var match = gold.Deals.Select(d => (Deal: d, Shared: d.Parties.Count(p => names.Contains(p.Name))))
                    .Where(m => m.Shared > 0).OrderByDescending(m => m.Shared).FirstOrDefault().Deal;
                if (match is null)
                    continue;
                rows.Types.Add(new FeatureRow { Features = DealFeatures.ForType(deal, ruleType), Label = match.Type });
                if (recorder.Statuses.FirstOrDefault(st => st.Deal == deal) is { Deal: not null } status)
                    rows.Statuses.Add(new FeatureRow { Features = DealFeatures.ForStatus(deal, status.RuleAsserted), Label = match.Status });
                foreach (var (party, ruleRole) in recorder.Roles.Where(r => r.Party.Deal == deal))
                    if (match.Parties.FirstOrDefault(p => p.Name == GoldName(party.Organization)) is { } goldParty)
                        rows.Roles.Add(new FeatureRow { Features = DealFeatures.ForRole(party, ruleRole), Label = goldParty.Role });
            }
        }
        return rows;
    }

    private static bool IsGoldTerm(Entity term, Annotation gold) => term switch
    {
        MoneyEntity m => gold.Deals.Any(d => d.Amount is { } a && a.Value == m.Value && a.Currency == m.Currency),
        CapacityEntity c => gold.Deals.Any(d => d.Capacity is { } g && g.Value == c.Value && g.Unit == c.Unit),
        _ => false,
    };

    /// <summary>Keeps the rules' answers and remembers the questions.</summary>
    private sealed class Recorder : IDealJudge
    {
        public List<(DealContext Deal, string RuleType)> Deals { get; } = [];
        public List<PartyContext> Parties { get; } = [];
        public List<(PartyContext Party, string RuleRole)> Roles { get; } = [];
        public List<TermContext> Terms { get; } = [];
        public List<(DealContext Deal, bool RuleAsserted)> Statuses { get; } = [];

        public bool IsAsserted(DealContext context, bool ruleAsserted)
        {
            Statuses.Add((context, ruleAsserted));
            return ruleAsserted;
        }

        public bool IsDealTerm(TermContext context)
        {
            Terms.Add(context);
            return true;
        }

        public string DealType(DealContext context, string ruleType)
        {
            Deals.Add((context, ruleType));
            return ruleType;
        }

        public bool IsParty(PartyContext context)
        {
            Parties.Add(context);
            return true;
        }

        public string Role(PartyContext context, string ruleRole)
        {
            Roles.Add((context, ruleRole));
            return ruleRole;
        }
    }
}
