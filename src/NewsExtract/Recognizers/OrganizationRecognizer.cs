using NewsExtract.Text;

namespace NewsExtract.Recognizers;

/// <summary>
/// ORG: known organisations from the gazetteer (variants folded: "Open AI" → "OpenAI"), and names the
/// context marks as organisations: capitalised words before a legal form ("Zentrix Robotics Inc."),
/// the capitalised subject of a deal verb ("Helioparc a signé"), and the capitalised object of a deal
/// ("signed with Quanteo", "acquires Zentrix").
/// </summary>
public sealed class OrganizationRecognizer : IEntityRecognizer
{
    private const int MaxWordsBetweenSubjectAndVerb = 3;
    private const int MaxDescriptionWords = 5;

    public void Recognize(AnalyzedText text, Sentence sentence, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        int from = sentence.TokenStart, to = sentence.TokenEnd;
        for (var i = from; i < to; i++)
        {
            if (lang.Organizations.TryMatch(tokens, i, to, out var length, out var canonical))
            {
                found.Add(Make(text, i, i + length, canonical, EntityOrigin.Gazetteer));
                i += length - 1;
                continue;
            }
            if (lang.CorporateSuffixes.TryMatch(tokens, i, to, out var suffixLength, out _) && i > from)
            {
                var (s, _) = NameRuns.EndingAt(tokens, i, from, lang);
                if (s < i && !IsKnownNonName(tokens, s, i, lang))
                    found.Add(Make(text, s, i + suffixLength, NameOf(text, s, i + suffixLength), EntityOrigin.Rule));
            }
            if (lang.Triggers.TryMatch(tokens, i, to, out var triggerLength, out var trigger))
                AddAroundTrigger(text, sentence, i, i + triggerLength, trigger, found);
            if (lang.IsCue(CueKind.Competitor, tokens, i, to, out var cueLength) || lang.IsCue(CueKind.Source, tokens, i, to, out cueLength))
                AddNamesAfter(text, sentence, i + cueLength, found);
        }
    }

    private static void AddAroundTrigger(AnalyzedText text, Sentence sentence, int triggerStart, int triggerEnd, TriggerDefinition trigger, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        if (trigger.IsVerb)
        {
            var subjectEnd = triggerStart;
            while (subjectEnd > sentence.TokenStart && triggerStart - subjectEnd < MaxWordsBetweenSubjectAndVerb
                   && tokens[subjectEnd - 1].IsWord && !tokens[subjectEnd - 1].IsCapitalized)
                subjectEnd--;
            AddRun(text, NameRuns.EndingAt(tokens, subjectEnd, sentence.TokenStart, lang), found);
        }
        var objectStart = triggerEnd;
        if (lang.IsCue(CueKind.Counterpart, tokens, objectStart, sentence.TokenEnd, out var cue)
            || lang.IsCue(CueKind.Passive, tokens, objectStart, sentence.TokenEnd, out cue))
            objectStart += cue;
        else if (!trigger.IsVerb)
            return;
        AddNamesAfter(text, sentence, objectStart, found);
    }

    /// <summary>
    /// The names at <paramref name="start"/>, after a short description ("par le fonds d'investissement
    /// Ardian", "rivals including Subsea7") and through a list ("CAF et à Siemens Mobility").
    /// </summary>
    private static void AddNamesAfter(AnalyzedText text, Sentence sentence, int start, List<Entity> found)
    {
        var tokens = text.Tokens;
        var lang = text.Language;
        while (start < sentence.TokenEnd)
        {
            var nameStart = start;
            while (nameStart < sentence.TokenEnd && nameStart - start < MaxDescriptionWords
                   && (tokens[nameStart].IsWord && !tokens[nameStart].IsCapitalized || tokens[nameStart].Text == "-"))
                nameStart++;
            var run = NameRuns.StartingAt(tokens, nameStart, sentence.TokenEnd, lang);
            if (run.End == run.Start || !AddRun(text, run, found))
                return;
            start = run.End;
            if (start < sentence.TokenEnd && tokens[start].Text == ",")
                start++;
            else if (lang.IsCue(CueKind.Coordination, tokens, start, sentence.TokenEnd, out var and))
                start += and;
            else
                return;
        }
    }

    private static bool AddRun(AnalyzedText text, (int Start, int End) run, List<Entity> found)
    {
        var (s, e) = run;
        // "Three Mile Island reactor": a name before a facility word names the facility.
        if (e <= s || IsKnownNonName(text.Tokens, s, e, text.Language)
            || text.Language.IsCue(CueKind.Facility, text.Tokens, e, text.Tokens.Count, out _))
            return false;
        found.Add(Make(text, s, e, NameOf(text, s, e), EntityOrigin.Rule));
        return true;
    }

    /// <summary>
    /// The name of an organisation span: its text without trailing legal forms ("Kaizen DC Holdings Pte Ltd"
    /// → "Kaizen DC Holdings"); a descriptor such as "Holdings" or "Group" stays.
    /// </summary>
    public static string NameOf(AnalyzedText text, int start, int end)
    {
        var nameEnd = end;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            for (var k = start + 1; k < nameEnd && !stripped; k++)
                if (text.Language.CorporateSuffixes.TryMatch(text.Tokens, k, nameEnd, out var l, out var legal) && legal && k + l == nameEnd)
                    (nameEnd, stripped) = (k, true);
        }
        return text.Slice(start, nameEnd);
    }

    /// <summary>
    /// Whether a run is known to be no new name of a company or place: wholly a listed place, a month, a deal
    /// word, or words that never name a company alone ("AI", "British"; "Mistral AI" is one), or a person
    /// ("Xavier Niel": a given name and one or two more capitalised words, no legal form).
    /// </summary>
    public static bool IsKnownNonName(IReadOnlyList<Token> tokens, int start, int end, LanguageResources lang) =>
        Enumerable.Range(start, end - start).All(k => lang.NotNames.Contains(tokens[k].Text)) ||
        end - start is 2 or 3 && lang.FirstNames.Contains(tokens[start].Text) && tokens[end - 1].IsCapitalized
            && !lang.CorporateSuffixes.TryMatch(tokens, end - 1, end, out _, out _) ||
        lang.Places.TryMatch(tokens, start, end, out var l1, out _) && l1 == end - start
        || lang.Months.TryMatch(tokens, start, end, out var l2, out _) && l2 == end - start
        || lang.Triggers.TryMatch(tokens, start, end, out var l3, out _) && l3 == end - start
        || lang.Currencies.TryMatch(tokens, start, end, out var l4, out _) && l4 == end - start;

    private static NamedEntity Make(AnalyzedText text, int start, int end, string name, EntityOrigin origin) =>
        new(EntityTypes.Organization, text.Slice(start, end), text.Tokens[start].Start, text.Tokens[end - 1].End, start, end, name, origin);
}
