using System.Globalization;
using NewsExtract.Corpus;
using NewsExtract.Deals;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Evaluation;

/// <summary>
/// Runs the pipeline on annotated articles and compares with the gold (rules: corpus/README.md,
/// "Evaluation"). Entities are scored twice: exact span (type, start, end) and normalised value (type
/// and canonical value, as multisets per article). Deals are scored on announced gold deals: parties
/// (name and role), amounts, capacities, types, and full deals (type, parties with roles, amount and
/// capacity all right).
/// </summary>
public sealed class Evaluator(Pipeline pipeline)
{
    public static readonly string[] DealMeasures = ["PARTY", "AMOUNT", "CAPACITY", "TYPE", "DEAL"];

    public EvaluationReport Evaluate(string folder)
    {
        var report = new EvaluationReport();
        foreach (var (document, gold) in CorpusLayout.Annotated(folder))
            Score(report, document.Source, gold, pipeline.Extract(document, gold.Language), pipeline.LanguageOrDefault(gold.Language).OrganizationNames);
        return report;
    }

    public static void Score(EvaluationReport report, string source, Annotation gold, ArticleResult predicted, IReadOnlySet<string> knownOrganizations)
    {
        report.Articles++;
        void Measure(string measure, IEnumerable<(string Key, int Position)> expected, IEnumerable<(string Key, int Position)> found)
        {
            var (tp, missed, extra) = Compare(expected.ToList(), found.ToList());
            foreach (var language in new[] { gold.Language, EvaluationReport.AllLanguages })
                report.For(language, measure).Add(tp, extra.Count, missed.Count);
            foreach (var (key, position) in missed)
                report.Errors.Add(new EvaluationError(source, measure, "missed", key, predicted.SentenceAt(position)));
            foreach (var (key, position) in extra)
                report.Errors.Add(new EvaluationError(source, measure, "false positive", key, predicted.SentenceAt(position)));
        }

        foreach (var type in new[] { EntityTypes.Organization, EntityTypes.Location, EntityTypes.Project, EntityTypes.Money, EntityTypes.Capacity, EntityTypes.Date })
        {
            var g = gold.Entities.Where(e => e.Type == type).ToList();
            var p = predicted.Entities.Where(e => e.Type == type).ToList();
            Measure($"{type} span", g.Select(e => ($"[{e.Start},{e.End}) {e.Text}", e.Start)), p.Select(e => ($"[{e.Start},{e.End}) {e.Text}", e.Start)));
            Measure($"{type} value", g.Select(e => (GoldValue(e), e.Start)), p.Select(e => (PredictedValue(e), e.Start)));
        }

        // Organisations no gazetteer lists: what the rules' context and the tagger must find on their own.
        var listed = knownOrganizations;
        Measure("ORG unlisted value",
            gold.Entities.Where(e => e.Type == EntityTypes.Organization && !listed.Contains(e.Name ?? e.Text)).Select(e => (e.Name ?? e.Text, e.Start)),
            predicted.Entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Organization && !listed.Contains(e.Name)).Select(e => (e.Name, e.Start)));

        var goldDeals = gold.Deals.Where(d => d.Status == GoldDeal.Announced).ToList();
        var deals = predicted.Deals;
        int First(IEnumerable<Party> parties) => parties.Select(p => predicted.Entities.OfType<NamedEntity>().FirstOrDefault(e => e.Name == p.Name)?.Start ?? 0).DefaultIfEmpty(0).Min();
        Measure("PARTY",
            goldDeals.SelectMany(d => d.Parties).Distinct().Select(p => ($"{p.Name} ({p.Role})", First([p]))),
            deals.SelectMany(d => d.Parties).Distinct().Select(p => ($"{p.Name} ({p.Role})", First([p]))));
        Measure("AMOUNT",
            goldDeals.Where(d => d.Amount is not null).Select(d => (Amount(d.Amount!.Value, d.Amount.Currency), First(d.Parties))),
            deals.Where(d => d.Amount is not null).Select(d => (Amount(d.Amount!.Value, d.Amount.Currency), d.Evidence.Start)));
        Measure("CAPACITY",
            goldDeals.Where(d => d.Capacity is not null).Select(d => (Capacity(d.Capacity!.Value, d.Capacity.Unit), First(d.Parties))),
            deals.Where(d => d.Capacity is not null).Select(d => (Capacity(d.Capacity!.Value, d.Capacity.Unit), d.Evidence.Start)));
        Measure("TYPE", goldDeals.Select(d => (d.Type, First(d.Parties))), deals.Select(d => (d.Type, d.Evidence.Start)));
        Measure("DEAL",
            goldDeals.Select(d => (Signature(d.Type, d.Parties, d.Amount is null ? null : Amount(d.Amount.Value, d.Amount.Currency), d.Capacity is null ? null : Capacity(d.Capacity.Value, d.Capacity.Unit)), First(d.Parties))),
            deals.Select(d => (Signature(d.Type, d.Parties, d.Amount is null ? null : Amount(d.Amount.Value, d.Amount.Currency), d.Capacity is null ? null : Capacity(d.Capacity.Value, d.Capacity.Unit)), d.Evidence.Start)));
    }

    /// <summary>Multiset matching: each expected key is matched at most once.</summary>
    private static (int TruePositives, List<(string, int)> Missed, List<(string, int)> Extra) Compare(List<(string Key, int Position)> expected, List<(string Key, int Position)> found)
    {
        var remaining = found.ToList();
        var missed = new List<(string, int)>();
        var tp = 0;
        foreach (var e in expected)
        {
            var index = remaining.FindIndex(f => f.Key == e.Key);
            if (index < 0)
            {
                missed.Add(e);
                continue;
            }
            remaining.RemoveAt(index);
            tp++;
        }
        return (tp, missed, remaining);
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Amount(decimal? value, string currency) => $"{Number(value)} {currency}";

    private static string Capacity(decimal? value, string unit) => $"{Number(value)} {unit}";

    private static string Signature(string type, IEnumerable<Party> parties, string? amount, string? capacity) =>
        $"{type} [{string.Join(", ", parties.Select(p => $"{p.Name} ({p.Role})").Order(StringComparer.Ordinal))}] amount={amount ?? "-"} capacity={capacity ?? "-"}";

    private static string GoldValue(GoldEntity e) => e.Type switch
    {
        EntityTypes.Money => e.Value is null ? $"{Number(e.Min)}..{Number(e.Max)} {e.Currency}" : Amount(e.Value, e.Currency!),
        EntityTypes.Capacity => e.Value is null ? $"{Number(e.Min)}..{Number(e.Max)} {e.Unit}" : Capacity(e.Value, e.Unit!),
        EntityTypes.Date => e.DateValue ?? "?",
        _ => e.Name ?? e.Text,
    };

    private static string PredictedValue(Entity e) => e switch
    {
        MoneyEntity m => m.Value is null ? $"{Number(m.Min)}..{Number(m.Max)} {m.Currency}" : Amount(m.Value, m.Currency),
        CapacityEntity c => c.Value is null ? $"{Number(c.Min)}..{Number(c.Max)} {c.Unit}" : Capacity(c.Value, c.Unit),
        DateEntity d => d.Value ?? "?",
        NamedEntity n => n.Name,
        _ => e.Text,
    };
}
