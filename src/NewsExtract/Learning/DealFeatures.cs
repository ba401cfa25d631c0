using System.Text;
using NewsExtract.Deals;
using NewsExtract.Recognizers;

namespace NewsExtract.Learning;

/// <summary>
/// The features of the deal judge's questions, as space-separated name=value pairs (hashed by ML.NET):
/// the words of the deal sentence for its type; for an organisation, how it was found, where it stands
/// from the deal word, the words around it, and how often and how early the article names it; for an
/// amount or capacity, the words around it, its rank, period, qualifier and order of magnitude.
/// </summary>
public static class DealFeatures
{
    // The headline and first sentence of a news article name the parties of its main deal.
    private const int EarlyTokens = 60;
    private const int Window = 4;

    public static string ForType(DealContext context, string ruleType)
    {
        var features = new Features();
        features.Add("rule", ruleType);
        features.Add("trigger", context.Text.Slice(context.TriggerStart, context.TriggerEnd).ToLowerInvariant());
        features.AddWords("bw", context, context.Sentence.TokenStart, context.Sentence.TokenEnd);
        features.Add("money", context.SentenceEntities.OfType<MoneyEntity>().Any().ToString());
        features.Add("capacity", context.SentenceEntities.OfType<CapacityEntity>().Any().ToString());
        features.Add("lang", context.Text.Language.Code);
        return features.ToString();
    }

    public static string ForStatus(DealContext context, bool ruleAsserted)
    {
        var features = new Features();
        features.Add("rule", ruleAsserted ? "asserted" : "not");
        features.Add("trigger", context.Text.Slice(context.TriggerStart, context.TriggerEnd).ToLowerInvariant());
        features.AddWords("bw", context, context.Sentence.TokenStart, context.Sentence.TokenEnd);
        features.AddWords("before", context, Math.Max(context.Sentence.TokenStart, context.TriggerStart - Window), context.TriggerStart);
        features.Add("lang", context.Text.Language.Code);
        return features.ToString();
    }

    public static string ForParty(PartyContext context) => PartyFeatures(context).ToString();

    public static string ForRole(PartyContext context, string ruleRole)
    {
        var features = PartyFeatures(context);
        var (deal, org) = (context.Deal, context.Organization);
        features.Add("rule-role", ruleRole);
        features.Add("type-role", context.DealType + "|" + ruleRole);
        features.AddWords("cw", deal, Math.Max(deal.Sentence.TokenStart, org.TokenStart - Window), org.TokenStart);
        features.AddWords("cw+", deal, org.TokenEnd, Math.Min(deal.Sentence.TokenEnd, org.TokenEnd + Window));
        var (from, to) = org.TokenEnd <= deal.TriggerStart ? (org.TokenEnd, deal.TriggerStart) : (deal.TriggerEnd, org.TokenStart);
        features.AddWords("mid", deal, from, to);
        return features.ToString();
    }

    public static string ForTerm(TermContext context)
    {
        var (deal, term) = (context.Deal, context.Term);
        var (text, sentence) = (deal.Text, deal.Sentence);
        var before = term.TokenEnd <= deal.TriggerStart;
        var distance = before ? deal.TriggerStart - term.TokenEnd : term.TokenStart - deal.TriggerEnd;
        var sameKind = deal.SentenceEntities.Where(e => e.Type == term.Type).ToList();
        var features = new Features();
        features.Add("kind", term.Type);
        features.Add("side-distance", (before ? "b" : "a") + Bucket(distance));
        features.Add("rank", sameKind.IndexOf(term) switch { 0 => "first", 1 => "second", _ => "later" });
        features.Add("count", Bucket(sameKind.Count));
        features.Add("type", context.DealType);
        features.Add("trigger", text.Slice(deal.TriggerStart, deal.TriggerEnd).ToLowerInvariant());
        features.AddWords("cw", deal, Math.Max(sentence.TokenStart, term.TokenStart - Window), term.TokenStart);
        features.AddWords("cw+", deal, term.TokenEnd, Math.Min(sentence.TokenEnd, term.TokenEnd + Window));
        features.Add("w-1", term.TokenStart > sentence.TokenStart ? text.Tokens[term.TokenStart - 1].Lower : "<pad>");
        features.Add("w+1", term.TokenEnd < sentence.TokenEnd ? text.Tokens[term.TokenEnd].Lower : "<pad>");
        var (period, qualifier, magnitude) = term switch
        {
            MoneyEntity m => (m.Period ?? "none", m.Qualifier ?? "none", Magnitude(m.Value)),
            CapacityEntity c => ("none", c.Qualifier ?? "none", Magnitude(c.Base)),
            _ => ("none", "none", "none"),
        };
        features.Add("period", period);
        features.Add("qualifier", qualifier);
        features.Add("magnitude", magnitude);
        features.Add("headline", (sentence.Index == 0).ToString());
        features.Add("lang", text.Language.Code);
        return features.ToString();
    }

    // The order of magnitude: a deal's billions and a country's trillions read differently.
    private static string Magnitude(decimal? value) =>
        value is > 0 ? ((int)Math.Floor(Math.Log10((double)value.Value))).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";

    private static Features PartyFeatures(PartyContext context)
    {
        var (deal, org) = (context.Deal, context.Organization);
        var (text, sentence) = (deal.Text, deal.Sentence);
        string Word(int k) => k >= sentence.TokenStart && k < sentence.TokenEnd ? text.Tokens[k].Lower : "<pad>";

        var before = org.TokenEnd <= deal.TriggerStart;
        var distance = before ? deal.TriggerStart - org.TokenEnd : org.TokenStart - deal.TriggerEnd;
        var inSentence = deal.SentenceEntities.Where(e => e.Type == EntityTypes.Organization).ToList();
        var sameName = deal.ArticleEntities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Organization && e.Name == org.Name).ToList();

        var features = new Features();
        features.Add("origin", org.Origin.ToString());
        features.Add("listed", text.Language.OrganizationNames.Contains(org.Name).ToString());
        features.Add("side", before ? "before" : "after");
        features.Add("side-distance", (before ? "b" : "a") + Bucket(distance));
        features.Add("w-1", Word(org.TokenStart - 1));
        features.Add("w-2", Word(org.TokenStart - 2));
        features.Add("w+1", Word(org.TokenEnd));
        features.Add("w-1+1", Word(org.TokenStart - 1) + "|" + Word(org.TokenEnd));
        features.Add("trigger", text.Slice(deal.TriggerStart, deal.TriggerEnd).ToLowerInvariant());
        features.Add("type", context.DealType);
        features.Add("rank", inSentence.IndexOf(org) switch { 0 => "first", 1 => "second", _ => "later" });
        features.Add("orgs", Bucket(inSentence.Count));
        features.Add("mentions", Bucket(sameName.Count));
        features.Add("early", sameName.Any(e => e.TokenStart < EarlyTokens).ToString());
        features.Add("headline", (sentence.Index == 0).ToString());
        features.Add("words", Bucket(org.TokenEnd - org.TokenStart));
        features.Add("lang", text.Language.Code);
        return features;
    }

    private static string Bucket(int n) => n switch { <= 1 => n.ToString(), <= 3 => "2-3", <= 7 => "4-7", <= 15 => "8-15", _ => "16+" };

    private sealed class Features
    {
        private readonly StringBuilder _text = new(256);

        public void Add(string name, string value) => _text.Append(name).Append('=').Append(value.Replace(' ', '_')).Append(' ');

        // Content words only: stop words and numbers say little about a deal and crowd the features.
        public void AddWords(string name, DealContext context, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var token = context.Text.Tokens[k];
                if (token.Text.Any(char.IsLetter) && !context.Text.Language.StopWords.Contains(token.Lower))
                    Add(name, token.Lower);
            }
        }

        public override string ToString() => _text.ToString();
    }
}
