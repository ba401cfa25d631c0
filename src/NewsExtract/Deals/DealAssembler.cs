using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Deals;

/// <summary>
/// Turns the entities of an article into deals. Each sentence with a deal trigger and parties yields a
/// candidate: the subject of its first act is the agent, organisations after it are counterparts, and
/// the most specific trigger gives the type and the two roles. Candidates that share parties and do
/// not disagree on terms are one deal told several times (headline and body, announcement and
/// details). A later sentence that refers back to the deal ("du contrat", "the deal") and names one of
/// its parties adds places, dates and project.
/// </summary>
public sealed class DealAssembler
{
    private const int NonDealCueWindow = 4;
    private const int StartCueWindow = 3;
    private const int SourceCueWindow = 3;

    public IReadOnlyList<Deal> Assemble(AnalyzedText text, IReadOnlyList<Entity> entities, int bodyStart)
    {
        var bySentence = text.Sentences.Select(s => entities.Where(e => e.TokenStart >= s.TokenStart && e.TokenEnd <= s.TokenEnd).ToList()).ToList();
        var deals = new List<DealCandidate>();
        foreach (var sentence in text.Sentences)
        {
            var inSentence = bySentence[sentence.Index];
            var candidate = ReadSentence(text, sentence, inSentence, bodyStart);
            if (candidate is not null)
                Merge(deals, candidate);
            else
                Continue(text, sentence, inSentence, deals);
        }
        return deals.Where(d => d.Asserted)
            .Select(d => Finish(text, d, bySentence))
            .ToList();
    }

    private static DealCandidate? ReadSentence(AnalyzedText text, Sentence sentence, List<Entity> entities, int bodyStart)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        var triggers = FindTriggers(tokens, sentence, lang);
        if (triggers.Count == 0)
            return null;

        var capacity = entities.OfType<CapacityEntity>().FirstOrDefault();
        var main = triggers.FirstOrDefault(t => t.Definition.IsVerb) ?? triggers[0];
        var typed = triggers.OrderByDescending(t => DealTypes.Specificity(t.Definition.DealType)).ThenBy(t => t.Start).First();
        var definition = capacity is not null && typed.Definition.WithCapacity is { } traded ? traded : typed.Definition;

        var organizations = entities.OfType<NamedEntity>()
            .Where(e => e.Type == EntityTypes.Organization && !IsSource(text, sentence, e) && !IsCompetitor(text, sentence, e))
            .ToList();
        var agents = new List<NamedEntity>();
        var counterparts = new List<NamedEntity>();
        foreach (var org in organizations)
        {
            if (org.TokenEnd <= main.Start)
            {
                // A subject takes no preposition: "lancé par Open AI en partenariat avec SoftBank, ... de fournir"
                // names the agent and partner of other acts, not the subject of this one.
                if (!PrecededBy(text, CueKind.Passive, org, sentence.TokenStart) && !PrecededBy(text, CueKind.Counterpart, org, sentence.TokenStart))
                    agents.Add(org);
            }
            else if (org.TokenStart >= main.End)
            {
                counterparts.Add(org);
            }
        }
        var passiveAgent = counterparts.FirstOrDefault(c => c.TokenStart - main.End <= 3 && PrecededBy(text, CueKind.Passive, c, main.End));
        if (passiveAgent is not null)
        {
            counterparts.Remove(passiveAgent);
            counterparts.AddRange(agents);
            agents = [passiveAgent];
        }

        var amount = entities.OfType<MoneyEntity>().FirstOrDefault(m => !IsNonDealAmount(text, sentence, m));
        var hasTerms = amount is not null || capacity is not null;
        var hasVerb = triggers.Any(t => t.Definition.IsVerb);
        var partyCount = agents.Select(a => a.Name).Concat(counterparts.Select(c => c.Name)).Distinct().Count();
        var stated = hasVerb
            ? agents.Count > 0 || partyCount >= 2
            : agents.Count > 0 && (hasTerms || partyCount >= 2);
        if (!stated)
            return null;

        var parties = AssignRoles(text, definition, agents, counterparts);
        var candidate = new DealCandidate
        {
            Type = definition.DealType,
            Parties = parties,
            Amount = amount,
            Capacity = capacity,
            Evidence = sentence,
            InBody = sentence.Start >= bodyStart,
            HasVerb = hasVerb,
            Asserted = !lang.Cues[CueKind.Rumour].AnyIn(tokens, sentence) && !lang.Cues[CueKind.Denial].AnyIn(tokens, sentence),
        };
        AddContext(text, sentence, entities, candidate);
        return candidate;
    }

    private static List<Party> AssignRoles(AnalyzedText text, TriggerDefinition definition, List<NamedEntity> agents, List<NamedEntity> counterparts)
    {
        var symmetric = definition.AgentRole is not null && definition.AgentRole == definition.CounterpartRole;
        var parties = new List<Party>();
        void Add(string name, string? role)
        {
            if (parties.All(p => p.Name != name))
                parties.Add(new Party(name, role ?? Roles.Unknown));
        }
        foreach (var agent in agents)
        {
            // Several subjects and nobody else: they act together ("A et B signent un accord").
            var role = counterparts.Count == 0 && agents.Count > 1 && !symmetric ? Roles.Unknown : definition.AgentRole;
            Add(agent.Name, role);
        }
        foreach (var counterpart in counterparts)
        {
            var flip = text.Language.RoleFlips.FirstOrDefault(f => f.DealType == definition.DealType && PrecededByWords(text, counterpart, f.Preposition));
            if (flip is not null)
            {
                for (var k = 0; k < parties.Count; k++)
                    if (agents.Any(a => a.Name == parties[k].Name))
                        parties[k] = parties[k] with { Role = flip.AgentRole };
                Add(counterpart.Name, flip.CounterpartRole);
            }
            else
            {
                Add(counterpart.Name, definition.CounterpartRole);
            }
        }
        return parties;
    }

    private static void AddContext(AnalyzedText text, Sentence sentence, List<Entity> entities, DealCandidate deal)
    {
        foreach (var loc in entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Location))
            if (!deal.Locations.Contains(loc.Name))
                deal.Locations.Add(loc.Name);
        deal.Start ??= entities.OfType<DateEntity>().FirstOrDefault(d => CueWithin(text, CueKind.Start, d, sentence.TokenStart, StartCueWindow))?.Value;
        deal.Project ??= entities.OfType<NamedEntity>().FirstOrDefault(e => e.Type == EntityTypes.Project)?.Name;
    }

    private static void Merge(List<DealCandidate> deals, DealCandidate candidate)
    {
        for (var k = deals.Count - 1; k >= 0; k--)
        {
            var deal = deals[k];
            if (!SameDeal(deal, candidate))
                continue;
            if (DealTypes.Specificity(candidate.Type) > DealTypes.Specificity(deal.Type))
                deal.Type = candidate.Type;
            foreach (var party in candidate.Parties)
            {
                var index = deal.Parties.FindIndex(p => p.Name == party.Name);
                if (index < 0)
                    deal.Parties.Add(party);
                else if (deal.Parties[index].Role == Roles.Unknown)
                    deal.Parties[index] = party;
            }
            if (deal.Amount is null || deal.Amount.Period is null && candidate.Amount?.Period is not null)
                deal.Amount = candidate.Amount ?? deal.Amount;
            deal.Capacity ??= candidate.Capacity;
            foreach (var loc in candidate.Locations.Where(l => !deal.Locations.Contains(l)))
                deal.Locations.Add(loc);
            deal.Start ??= candidate.Start;
            deal.Project ??= candidate.Project;
            if (candidate.Richness > deal.Richness || candidate.Richness == deal.Richness && candidate.Evidence.Index < deal.Evidence.Index)
            {
                deal.Evidence = candidate.Evidence;
                deal.InBody = candidate.InBody;
            }
            deal.HasVerb |= candidate.HasVerb;
            deal.Asserted |= candidate.Asserted;
            deal.Mentions++;
            return;
        }
        deals.Add(candidate);
    }

    private static bool SameDeal(DealCandidate a, DealCandidate b)
    {
        var namesA = a.Parties.Select(p => p.Name).ToHashSet();
        var namesB = b.Parties.Select(p => p.Name).ToHashSet();
        return (namesA.IsSubsetOf(namesB) || namesB.IsSubsetOf(namesA))
               && DealTypes.Compatible(a.Type, b.Type)
               && !Conflict(a.Amount, b.Amount, m => (m.Value, m.Currency))
               && !Conflict(a.Capacity, b.Capacity, c => c.Base);
    }

    private static bool Conflict<T, TKey>(T? a, T? b, Func<T, TKey> key) where T : class =>
        a is not null && b is not null && !EqualityComparer<TKey>.Default.Equals(key(a), key(b));

    /// <summary>A sentence that refers back to a deal ("du contrat", "this agreement") and names one of its parties.</summary>
    private static void Continue(AnalyzedText text, Sentence sentence, List<Entity> entities, List<DealCandidate> deals)
    {
        if (deals.Count == 0 || !RefersBackToDeal(text, sentence))
            return;
        var names = entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Organization).Select(e => e.Name).ToHashSet();
        var deal = deals.LastOrDefault(d => d.Parties.Any(p => names.Contains(p.Name)));
        if (deal is not null)
            AddContext(text, sentence, entities, deal);
    }

    private static bool RefersBackToDeal(AnalyzedText text, Sentence sentence)
    {
        var lang = text.Language;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
            if (lang.IsCue(CueKind.Anaphor, text.Tokens, i, sentence.TokenEnd, out var length)
                && lang.Triggers.TryMatch(text.Tokens, i + length, sentence.TokenEnd, out _, out var trigger) && !trigger.IsVerb)
                return true;
        return false;
    }

    private static Deal Finish(AnalyzedText text, DealCandidate deal, List<List<Entity>> bySentence)
    {
        deal.Project ??= ProjectNamedWithParties(deal, bySentence);
        var evidence = deal.Evidence;
        return new Deal(
            deal.Type,
            deal.Parties.ToArray(),
            deal.Amount,
            deal.Capacity,
            deal.Locations.ToArray(),
            deal.Start,
            deal.Project,
            new Evidence(text.Original[evidence.Start..evidence.End], evidence.Start, evidence.End),
            Confidence(deal));
    }

    /// <summary>The project most often named in the same sentence as one of the deal's parties.</summary>
    private static string? ProjectNamedWithParties(DealCandidate deal, List<List<Entity>> bySentence)
    {
        var names = deal.Parties.Select(p => p.Name).ToHashSet();
        return bySentence
            .Where(s => s.OfType<NamedEntity>().Any(e => e.Type == EntityTypes.Organization && names.Contains(e.Name)))
            .SelectMany(s => s.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Project).Select(e => e.Name).Distinct())
            .GroupBy(n => n)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    private static double Confidence(DealCandidate deal)
    {
        var score = 0.4;
        if (deal.HasVerb) score += 0.15;
        if (deal.Parties.Count >= 2) score += 0.1;
        if (deal.Parties.All(p => p.Role != Roles.Unknown)) score += 0.1;
        if (deal.Amount is not null) score += 0.1;
        if (deal.Capacity is not null) score += 0.05;
        if (deal.Mentions > 1) score += 0.05;
        return Math.Round(Math.Min(score, 0.95), 2);
    }

    private sealed record TriggerMatch(int Start, int End, TriggerDefinition Definition);

    private static List<TriggerMatch> FindTriggers(IReadOnlyList<Token> tokens, Sentence sentence, LanguageResources lang)
    {
        var found = new List<TriggerMatch>();
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            if (!lang.Triggers.TryMatch(tokens, i, sentence.TokenEnd, out var length, out var definition))
                continue;
            found.Add(new TriggerMatch(i, i + length, definition));
            i += length - 1;
        }
        return found;
    }

    private static bool IsSource(AnalyzedText text, Sentence sentence, Entity org) =>
        CueWithin(text, CueKind.Source, org, sentence.TokenStart, SourceCueWindow);

    private static bool IsCompetitor(AnalyzedText text, Sentence sentence, Entity org)
    {
        for (var i = sentence.TokenStart; i < org.TokenStart; i++)
            if (text.Language.IsCue(CueKind.Competitor, text.Tokens, i, org.TokenStart, out _))
                return true;
        return false;
    }

    private static bool IsNonDealAmount(AnalyzedText text, Sentence sentence, Entity amount) =>
        CueWithin(text, CueKind.NonDealAmount, amount, sentence.TokenStart, NonDealCueWindow);

    /// <summary>Whether a cue phrase ends at most <paramref name="window"/> tokens before the entity.</summary>
    private static bool CueWithin(AnalyzedText text, CueKind kind, Entity entity, int lowerBound, int window)
    {
        for (var i = entity.TokenStart - 1; i >= lowerBound && entity.TokenStart - i <= window + 2; i--)
            if (text.Language.IsCue(kind, text.Tokens, i, entity.TokenStart, out var length) && entity.TokenStart - (i + length) < window)
                return true;
        return false;
    }

    private static bool PrecededBy(AnalyzedText text, CueKind kind, Entity entity, int lowerBound) =>
        CueWithin(text, kind, entity, lowerBound, 1);

    private static bool PrecededByWords(AnalyzedText text, Entity entity, IReadOnlyList<string> words)
    {
        var start = entity.TokenStart - words.Count;
        if (start < 0)
            return false;
        for (var k = 0; k < words.Count; k++)
            if (text.Tokens[start + k].Lower != words[k].ToLowerInvariant())
                return false;
        return true;
    }
}
