using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsExtract.Deals;
using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Corpus;

public enum IssueSeverity
{
    Warning,
    Error,
}

/// <summary>A problem found in an annotated article. Errors make the corpus unusable; warnings are for a human to look at.</summary>
public sealed record CorpusIssue(string Source, IssueSeverity Severity, string Message)
{
    public override string ToString() => $"{Source}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>
/// Validates an annotated corpus: annotations present and well formed, offsets inside the text and
/// matching their span text, known labels, deal parties present as ORG spans, no overlapping spans, no
/// duplicate articles, and values consistent with what the recognizers read in each span.
/// </summary>
public sealed class CorpusChecker(Pipeline pipeline)
{
    private static readonly HashSet<string> EntityTypeNames =
        [EntityTypes.Organization, EntityTypes.Location, EntityTypes.Project, EntityTypes.Money, EntityTypes.Capacity, EntityTypes.Date];
    private static readonly HashSet<string> DealTypeNames =
        [DealTypes.Lease, DealTypes.Contract, DealTypes.Investment, DealTypes.Acquisition, DealTypes.Partnership, DealTypes.Supply, DealTypes.Funding, DealTypes.Other];
    private static readonly HashSet<string> RoleNames =
        ["customer", "provider", "supplier", "buyer", "target", "seller", "investor", "investee", "partner", "lender", "borrower", Roles.Unknown];

    public IReadOnlyList<CorpusIssue> Check(string folder)
    {
        var issues = new List<CorpusIssue>();
        var seen = new Dictionary<string, string>();
        foreach (var item in CorpusLayout.Find(folder))
        {
            IReadOnlyList<Document> documents;
            try
            {
                var read = ArticleLoader.Default.Load(item.File);
                issues.AddRange(read.Failures.Select(f => new CorpusIssue(f.Source, IssueSeverity.Error, $"article cannot be read: {f.Reason}")));
                documents = read.Documents;
            }
            catch (IngestionException e)
            {
                issues.Add(new CorpusIssue(item.File.Source, IssueSeverity.Error, $"article cannot be read: {e.Message}"));
                continue;
            }
            foreach (var document in documents)
            {
                var source = document.Source;
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text)));
                if (seen.TryGetValue(hash, out var first))
                    issues.Add(new CorpusIssue(source, IssueSeverity.Error, $"duplicate of {first}"));
                seen.TryAdd(hash, source);

                var goldPath = item.GoldPath(document);
                if (!File.Exists(goldPath))
                {
                    issues.Add(new CorpusIssue(source, IssueSeverity.Error, $"no annotation at {goldPath}"));
                    continue;
                }
                Annotation annotation;
                try
                {
                    annotation = AnnotationJson.Read(goldPath);
                }
                catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException or KeyNotFoundException)
                {
                    issues.Add(new CorpusIssue(source, IssueSeverity.Error, $"annotation cannot be read: {e.Message}"));
                    continue;
                }
                issues.AddRange(CheckArticle(source, document, annotation));
            }
        }
        return issues;
    }

    public IEnumerable<CorpusIssue> CheckArticle(string source, Document document, Annotation annotation)
    {
        CorpusIssue Error(string message) => new(source, IssueSeverity.Error, message);
        CorpusIssue Warning(string message) => new(source, IssueSeverity.Warning, message);

        if (annotation.Language is not ("fr" or "en" or "und"))
            yield return Error($"unknown language '{annotation.Language}'");
        var text = document.Text;
        var valid = new List<GoldEntity>();
        foreach (var e in annotation.Entities)
        {
            var where = $"{e.Type} [{e.Start}, {e.End}) \"{e.Text}\"";
            if (!EntityTypeNames.Contains(e.Type))
                yield return Error($"{where}: unknown entity type");
            else if (e.Start < 0 || e.End > text.Length || e.End <= e.Start)
                yield return Error($"{where}: offsets outside the text (length {text.Length})");
            else if (text[e.Start..e.End] != e.Text)
                yield return Error($"{where}: the text at these offsets is \"{text[e.Start..e.End]}\"");
            else if (e.Type is EntityTypes.Organization or EntityTypes.Location or EntityTypes.Project && string.IsNullOrWhiteSpace(e.Name))
                yield return Error($"{where}: no name");
            else if (e.Type == EntityTypes.Money && (e.Currency is null || e.Value is null && (e.Min is null || e.Max is null)))
                yield return Error($"{where}: money needs a currency and a value (or min and max)");
            else if (e.Type == EntityTypes.Capacity && (e.Unit is null || e.Value is null && (e.Min is null || e.Max is null)))
                yield return Error($"{where}: capacity needs a unit and a value (or min and max)");
            else if (e.Type == EntityTypes.Date && e.DateValue is null)
                yield return Error($"{where}: date needs a value");
            else
                valid.Add(e);
        }
        var ordered = valid.OrderBy(e => e.Start).ToArray();
        for (var k = 1; k < ordered.Length; k++)
            if (ordered[k].Start < ordered[k - 1].End)
                yield return Error($"{ordered[k].Type} \"{ordered[k].Text}\" at {ordered[k].Start} overlaps {ordered[k - 1].Type} \"{ordered[k - 1].Text}\" at {ordered[k - 1].Start}");

        var organizations = valid.Where(e => e.Type == EntityTypes.Organization).Select(e => e.Name!).ToHashSet();
        foreach (var deal in annotation.Deals)
        {
            if (!DealTypeNames.Contains(deal.Type))
                yield return Error($"deal type '{deal.Type}' is not one of {string.Join(", ", DealTypeNames)}");
            if (!GoldDeal.Statuses.Contains(deal.Status))
                yield return Error($"deal status '{deal.Status}' is not one of {string.Join(", ", GoldDeal.Statuses)}");
            if (deal.Parties.Count == 0)
                yield return Error($"{deal.Type} deal has no party");
            foreach (var party in deal.Parties)
            {
                if (!organizations.Contains(party.Name))
                    yield return Error($"deal party '{party.Name}' is not the name of any ORG span");
                if (!RoleNames.Contains(party.Role))
                    yield return Error($"deal party '{party.Name}' has unknown role '{party.Role}'");
            }
        }

        foreach (var warning in CompareWithRecognizers(document, annotation.Language, valid))
            yield return Warning(warning);
    }

    // Re-reads every number and date span with the recognizers; a disagreement is for a human to look at.
    private IEnumerable<string> CompareWithRecognizers(Document document, string language, List<GoldEntity> gold)
    {
        if (!pipeline.Languages.Contains(language))
            yield break;
        var result = pipeline.Extract(document, language);
        foreach (var e in gold.Where(e => e.Type is EntityTypes.Money or EntityTypes.Capacity or EntityTypes.Date))
        {
            var read = result.Entities.FirstOrDefault(p => p.Type == e.Type && p.Start == e.Start && p.End == e.End);
            var annotated = Describe(e);
            var recognized = read switch
            {
                MoneyEntity m => $"{m.Value?.ToString() ?? $"{m.Min}..{m.Max}"} {m.Currency} {m.Period}",
                CapacityEntity c => $"{c.Value?.ToString() ?? $"{c.Min}..{c.Max}"} {c.Unit}",
                DateEntity d => d.Value ?? "?",
                _ => null,
            };
            if (recognized is null)
                yield return $"{e.Type} \"{e.Text}\" at {e.Start}: the recognizers find no {e.Type} with this exact span (annotated {annotated})";
            else if (recognized != annotated && !(e.Type == EntityTypes.Date && recognized == "?"))
                yield return $"{e.Type} \"{e.Text}\" at {e.Start}: annotated {annotated}, the recognizers read {recognized}";
        }
    }

    private static string Describe(GoldEntity e) => e.Type switch
    {
        EntityTypes.Money => $"{e.Value?.ToString() ?? $"{e.Min}..{e.Max}"} {e.Currency} {e.Period}",
        EntityTypes.Capacity => $"{e.Value?.ToString() ?? $"{e.Min}..{e.Max}"} {e.Unit}",
        _ => e.DateValue ?? "?",
    };
}
