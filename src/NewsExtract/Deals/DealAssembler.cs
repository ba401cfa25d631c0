using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Deals;

/// <summary>
/// Turns the entities of an article into deals. Each act of a sentence with a deal trigger and parties
/// yields a candidate ("raised $85m from A and secured a loan from B" is two acts): the subject of the
/// act is the agent, organisations after it are counterparts, the verb gives the two roles and the most
/// specific trigger the type. Candidates that share parties and do not disagree on terms are one deal
/// told several times (headline and body, announcement and details). A later sentence that refers back
/// to the deal ("du contrat", "the deal") and names one of its parties adds places, dates and project.
/// An optional judge (the trained models) confirms, vetoes or corrects what the rules read.
/// </summary>
public sealed class DealAssembler(IDealJudge? judge = null)
{
    private const int NonDealCueWindow = 4;
    private const int StartCueWindow = 3;
    private const int SourceCueWindow = 3;

    // Words between "and" and the deal word of a new act: "and has secured", "and a separate contract".
    private const int ActVerbReach = 3;

    public IReadOnlyList<Deal> Assemble(AnalyzedText text, IReadOnlyList<Entity> entities, int bodyStart)
    {
        var bySentence = text.Sentences.Select(s => entities.Where(e => e.TokenStart >= s.TokenStart && e.TokenEnd <= s.TokenEnd).ToList()).ToList();
        var deals = new List<DealCandidate>();
        DealCandidate? previous = null;
        foreach (var sentence in text.Sentences)
        {
            var inSentence = bySentence[sentence.Index];
            var triggers = FindTriggers(text.Tokens, sentence, text.Language);
            // "Wiz will join Google Cloud once the deal closes": a deal already told, named again, is no new deal.
            var candidates = deals.Count > 0 && OnlyNamesBack(text, sentence, triggers)
                ? []
                : ReadSentence(text, sentence, triggers, inSentence, entities, bodyStart);
            if (candidates.Count == 0)
                previous = Continue(text, sentence, inSentence, deals, previous);
            foreach (var candidate in candidates)
                previous = Merge(deals, candidate, previous);
        }
        // One party and no terms says a company did something, not with whom or for how much: no deal to report.
        return deals.Where(d => d.Asserted && (d.Parties.Count > 1 || d.Amount is not null || d.Capacity is not null))
            .Select(d => Finish(text, d, bySentence))
            .ToList();
    }

    /// <summary>The deals a sentence states: one per act ("raised $85mn from A and secured a loan from B" is two).</summary>
    private List<DealCandidate> ReadSentence(AnalyzedText text, Sentence sentence, List<TriggerMatch> triggers, List<Entity> entities,
        IReadOnlyList<Entity> articleEntities, int bodyStart)
    {
        var candidates = new List<DealCandidate>();
        List<NamedEntity>? subject = null;
        foreach (var (from, to) in Acts(text, sentence, triggers))
        {
            var inAct = entities.Where(e => e.TokenStart >= from && e.TokenEnd <= to).ToList();
            var actTriggers = triggers.Where(t => t.Start >= from && t.End <= to).ToList();
            if (actTriggers.Count > 0 && ReadAct(text, sentence, to, actTriggers, inAct, articleEntities, bodyStart, ref subject) is { } candidate)
                candidates.Add(candidate);
        }
        return candidates;
    }

    // An act ends where "and" (or "et") brings a new deal word: "... led by Savannah, and has secured a
    // debt facility from Harbourline", "and a separate contract with Ostra". "A and B sign" coordinates
    // names, not acts.
    private static IEnumerable<(int From, int To)> Acts(AnalyzedText text, Sentence sentence, List<TriggerMatch> triggers)
    {
        var tokens = text.Tokens;
        var from = sentence.TokenStart;
        for (var p = sentence.TokenStart + 1; p + 1 < sentence.TokenEnd; p++)
        {
            if (!text.Language.IsCue(CueKind.Coordination, tokens, p, sentence.TokenEnd, out var length) || !char.IsLower(tokens[p + length].Text[0]))
                continue;
            var actSoFar = triggers.Any(t => t.Start >= from && t.End <= p);
            var newAct = triggers.Any(t => t.Start > p && t.Start <= p + length + ActVerbReach);
            if (actSoFar && newAct)
            {
                yield return (from, p);
                from = p + length;
            }
        }
        yield return (from, sentence.TokenEnd);
    }

    private DealCandidate? ReadAct(AnalyzedText text, Sentence sentence, int actEnd, List<TriggerMatch> triggers, List<Entity> entities,
        IReadOnlyList<Entity> articleEntities, int bodyStart, ref List<NamedEntity>? subject)
    {
        var tokens = text.Tokens;
        var lang = text.Language;

        var mentionsCapacity = entities.OfType<CapacityEntity>().Any();
        var main = triggers.FirstOrDefault(t => t.Definition.IsVerb) ?? triggers[0];
        var typed = triggers.OrderByDescending(t => DealTypes.Specificity(t.Definition.DealType)).ThenBy(t => t.Start).First();
        // Buying power is a supply deal, buying a company (or a stake in a wind farm) an acquisition.
        var tradesCapacity = (mentionsCapacity || lang.Cues[CueKind.Commodity].AnyIn(tokens, sentence)) && !lang.Cues[CueKind.Equity].AnyIn(tokens, sentence);
        var definition = tradesCapacity && typed.Definition.WithCapacity is { } traded ? traded : typed.Definition;
        // The verb says who acts, the most specific word what is traded: "a attribué à CAF un marché pour la
        // fourniture de rames" is the authority buying from CAF, in the supply deal's terms.
        if (main.Definition is { IsVerb: true, AgentRole: { } verbAgent, CounterpartRole: { } verbCounterpart } verb && verb.DealType != definition.DealType
            && Roles.InTermsOf(verbAgent, definition.DealType) is { } agentRole && Roles.InTermsOf(verbCounterpart, definition.DealType) is { } counterpartRole)
            definition = definition with { AgentRole = agentRole, CounterpartRole = counterpartRole };
        var context = new DealContext(text, sentence, main.Start, main.End, entities, articleEntities);
        var dealType = judge?.DealType(context, definition.DealType) ?? definition.DealType;

        var organizations = entities.OfType<NamedEntity>()
            .Where(e => e.Type == EntityTypes.Organization && !IsSource(text, sentence, e) && !IsCompetitor(text, sentence, e))
            .Where(e => judge?.IsParty(new PartyContext(context, e, dealType)) ?? true)
            .ToList();
        var agents = new List<NamedEntity>();
        var counterparts = new List<NamedEntity>();
        var clauseEnd = ClauseEnd(text, main.End, actEnd);
        foreach (var org in organizations)
        {
            if (org.TokenEnd <= main.Start)
            {
                // A subject takes no preposition: "lancé par Open AI en partenariat avec SoftBank, ... de fournir"
                // names the agent and partner of other acts, not the subject of this one.
                if (!PrecededBy(text, CueKind.Passive, org, sentence.TokenStart) && !PrecededBy(text, CueKind.Counterpart, org, sentence.TokenStart))
                    agents.Add(org);
            }
            else if (org.TokenStart >= main.End && org.TokenStart < clauseEnd && !lang.IsCue(CueKind.Speaker, tokens, org.TokenEnd, sentence.TokenEnd, out _))
            {
                counterparts.Add(org);
            }
        }
        // The acts after the first share its subject: "Helvion raised ... and has secured ...".
        if (subject is null)
            subject = agents;
        else if (agents.Count == 0)
            agents = [.. subject];
        // "cédée par le fonds Ardian", "acquired by Nvidia": the first organisation after is the one acting.
        var passive = lang.IsCue(CueKind.Passive, tokens, main.End, actEnd, out _);
        var passiveAgent = passive ? counterparts.FirstOrDefault() : null;
        if (passiveAgent is not null)
        {
            counterparts.Remove(passiveAgent);
            counterparts.AddRange(agents);
            agents = [passiveAgent];
        }

        var amount = entities.OfType<MoneyEntity>().FirstOrDefault(m => !IsNonDealAmount(text, sentence, m) && IsDealTerm(context, m, dealType));
        var capacity = entities.OfType<CapacityEntity>().FirstOrDefault(c => IsDealTerm(context, c, dealType));
        var hasTerms = amount is not null || capacity is not null;
        var hasVerb = triggers.Any(t => t.Definition.IsVerb);
        var partyCount = agents.Select(a => a.Name).Concat(counterparts.Select(c => c.Name)).Distinct().Count();
        var stated = hasVerb
            ? agents.Count > 0 || partyCount >= 2
            : agents.Count > 0 && (hasTerms || partyCount >= 2);
        if (!stated)
            return null;

        var asserted = !lang.Cues[CueKind.Rumour].AnyIn(tokens, sentence) && !lang.Cues[CueKind.Denial].AnyIn(tokens, sentence);
        var parties = AssignRoles(text, definition, agents, counterparts);
        if (judge is not null)
            parties = JudgeRoles(context, dealType, parties, agents.Concat(counterparts).ToList());
        var candidate = new DealCandidate
        {
            Type = dealType,
            Parties = parties,
            Amount = amount,
            Capacity = capacity,
            Evidence = sentence,
            InBody = sentence.Start >= bodyStart,
            HasVerb = hasVerb,
            Asserted = judge?.IsAsserted(context, asserted) ?? asserted,
        };
        AddContext(text, sentence, entities, candidate);
        return candidate;
    }

    private List<Party> JudgeRoles(DealContext context, string dealType, List<Party> parties, List<NamedEntity> organizations)
    {
        var judged = parties
            .Select(p => p with { Role = judge!.Role(new PartyContext(context, organizations.First(o => o.Name == p.Name), dealType), p.Role) })
            .ToList();
        // A deal has two sides: roles that put every party on the same one are no reading at all; with two
        // parties, one side named tells the other.
        var oneSided = judged.Count > 1 && judged.All(p => p.Role == judged[0].Role) && judged[0].Role is not (Roles.Partner or Roles.Unknown)
            && !parties.All(p => p.Role == judged[0].Role);
        if (oneSided)
            return parties;
        if (judged.Count == 2 && judged.Count(p => p.Role == Roles.Unknown) == 1
            && Roles.Counterpart(judged.First(p => p.Role != Roles.Unknown).Role, dealType) is { } other)
            judged = judged.Select(p => p.Role == Roles.Unknown ? p with { Role = other } : p).ToList();
        return judged;
    }

    private bool IsDealTerm(DealContext context, Entity term, string dealType) =>
        judge?.IsDealTerm(new TermContext(context, term, dealType)) ?? true;

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

    private static void AddContext(AnalyzedText text, Sentence sentence, List<Entity> entities, DealCandidate deal, bool withPlaces = true)
    {
        if (withPlaces)
            foreach (var loc in entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Location))
                if (!deal.Locations.Contains(loc.Name))
                    deal.Locations.Add(loc.Name);
        deal.Start ??= entities.OfType<DateEntity>().FirstOrDefault(d => CueWithin(text, CueKind.Start, d, sentence.TokenStart, StartCueWindow))?.Value;
        deal.Project ??= entities.OfType<NamedEntity>().FirstOrDefault(e => e.Type == EntityTypes.Project)?.Name;
    }

    /// <summary>Adds the candidate to the deal it retells, or as a new deal; returns the deal it belongs to.</summary>
    private static DealCandidate? Merge(List<DealCandidate> deals, DealCandidate candidate, DealCandidate? previous)
    {
        for (var k = deals.Count - 1; k >= 0; k--)
        {
            var deal = deals[k];
            // One more party named in the very next sentence ("La société est cédée par Ardian") completes that deal.
            var completes = deal == previous && candidate.Parties.Count == 1 && SameTerms(deal, candidate);
            if (!completes && !SameDeal(deal, candidate))
                continue;
            // The more precise statement of the deal says best who is who.
            var moreSpecific = DealTypes.Specificity(candidate.Type) > DealTypes.Specificity(deal.Type);
            if (moreSpecific)
                deal.Type = candidate.Type;
            foreach (var party in candidate.Parties)
            {
                var index = deal.Parties.FindIndex(p => p.Name == party.Name);
                if (index < 0)
                    deal.Parties.Add(party);
                else if (deal.Parties[index].Role == Roles.Unknown || moreSpecific && party.Role != Roles.Unknown)
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
            return deal;
        }
        // One party of a deal already told, acting alone in another way ("Constellation will invest $1.6bn
        // to restart the reactor"), is carrying out that deal, not making a new one.
        var carried = deals.LastOrDefault(d => d.Parties.Any(p => p.Name == candidate.Parties[0].Name));
        if (candidate.Parties.Count == 1 && carried is not null)
            return carried;
        deals.Add(candidate);
        return candidate;
    }

    private static bool SameDeal(DealCandidate a, DealCandidate b)
    {
        var namesA = a.Parties.Select(p => p.Name).ToHashSet();
        var namesB = b.Parties.Select(p => p.Name).ToHashSet();
        return (namesA.IsSubsetOf(namesB) || namesB.IsSubsetOf(namesA)) && SameTerms(a, b);
    }

    private static bool SameTerms(DealCandidate a, DealCandidate b) =>
        DealTypes.Compatible(a.Type, b.Type)
        && !Conflict(a.Amount, b.Amount, m => (m.Value, m.Currency))
        && !Conflict(a.Capacity, b.Capacity, c => c.Base);

    private static bool Conflict<T, TKey>(T? a, T? b, Func<T, TKey> key) where T : class =>
        a is not null && b is not null && !EqualityComparer<TKey>.Default.Equals(key(a), key(b));

    /// <summary>
    /// A sentence that states no deal may still tell more about one: when it refers back to a deal ("du
    /// contrat", "this agreement"); when it names only parties of the deal just told; or, naming no
    /// organisation, when it follows the deal's sentence in the same paragraph. Places count only where
    /// the sentence refers back, shows a party siting something ("construire", "usine"), or directly
    /// follows; a sentence that compares ("équivaut à", "a quarter of") describes something else.
    /// Returns the deal the sentence continues, if any.
    /// </summary>
    private static DealCandidate? Continue(AnalyzedText text, Sentence sentence, List<Entity> entities, List<DealCandidate> deals, DealCandidate? previous)
    {
        if (deals.Count == 0)
            return null;
        var lang = text.Language;
        var names = entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Organization).Select(e => e.Name).ToHashSet();
        var named = deals.LastOrDefault(d => d.Parties.Any(p => names.Contains(p.Name)));
        var comparison = lang.Cues[CueKind.Comparison].AnyIn(text.Tokens, sentence);
        if (RefersBackToDeal(text, sentence))
        {
            // "Le contrat signé entre les deux groupes...": without a party named, the latest deal is meant.
            var deal = named ?? previous ?? deals[^1];
            if (!comparison)
            {
                AddContext(text, sentence, entities, deal, withPlaces: true);
                deal.Capacity ??= entities.OfType<CapacityEntity>().FirstOrDefault();
            }
            return deal;
        }
        // Another organisation moves the story on; a name only the tagger saw ("le réseau TER") is too weak a sign.
        var sure = entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Organization && e.Origin != EntityOrigin.Model).Select(e => e.Name).ToHashSet();
        if (previous is null || sure.Any(n => previous.Parties.All(p => p.Name != n)))
            return null;
        if (!comparison)
        {
            var sameParagraph = text.Tokens[sentence.TokenStart].NewlinesBefore == 0;
            var siting = sure.Count > 0 && lang.Cues[CueKind.Site].AnyIn(text.Tokens, sentence);
            AddContext(text, sentence, entities, previous, withPlaces: siting || sure.Count == 0 && sameParagraph && previous.Evidence.Index == sentence.Index - 1);
        }
        return previous;
    }

    /// <summary>Whether every deal word of the sentence is a noun after "the", "this" or "that": the sentence speaks of a deal, it states none.</summary>
    private static bool OnlyNamesBack(AnalyzedText text, Sentence sentence, List<TriggerMatch> triggers) =>
        triggers.Count > 0 && triggers.All(t => !t.Definition.IsVerb && t.Start > sentence.TokenStart
            && text.Language.IsCue(CueKind.Anaphor, text.Tokens, t.Start - 1, t.Start, out _));

    /// <summary>"du contrat", "this agreement", or a deal verb qualifying a definite noun: "le portefeuille racheté".</summary>
    private static bool RefersBackToDeal(AnalyzedText text, Sentence sentence)
    {
        var lang = text.Language;
        var tokens = text.Tokens;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            if (!lang.IsCue(CueKind.Anaphor, tokens, i, sentence.TokenEnd, out var length))
                continue;
            var next = i + length;
            if (lang.Triggers.TryMatch(tokens, next, sentence.TokenEnd, out _, out var trigger) && !trigger.IsVerb)
                return true;
            if (next + 1 < sentence.TokenEnd && tokens[next].IsWord && !tokens[next].IsCapitalized
                && lang.Triggers.TryMatch(tokens, next + 1, sentence.TokenEnd, out _, out trigger) && trigger.IsVerb)
                return true;
        }
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

    /// <summary>Where the clause of the act ends: ", which requires approval from the regulator" is another clause.</summary>
    private static int ClauseEnd(AnalyzedText text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text.Language.IsCue(CueKind.ClauseBreak, text.Tokens, i, to, out _))
                return i;
        return to;
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

    /// <summary>
    /// Whether a cue phrase ends at most <paramref name="window"/> tokens before the entity, in the same
    /// stretch of the sentence: "According to Reuters, Amazon signed" makes Reuters the source, not Amazon.
    /// </summary>
    private static bool CueWithin(AnalyzedText text, CueKind kind, Entity entity, int lowerBound, int window)
    {
        for (var i = entity.TokenStart - 1; i >= lowerBound && entity.TokenStart - i <= window + 2 && text.Tokens[i].Text != ","; i--)
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
