using CsvHelper.Configuration.Attributes;

namespace NewsExtract.Export;

/// <summary>One deal as a spreadsheet row; the header is these names, in this order.</summary>
public sealed class DealCsvRow
{
    [Name("source"), Index(0)] public string Source { get; init; } = "";
    [Name("language"), Index(1)] public string Language { get; init; } = "";
    [Name("title"), Index(2)] public string? Title { get; init; }
    [Name("published"), Index(3)] public string? Published { get; init; }
    [Name("deal"), Index(4)] public int Deal { get; init; }
    [Name("type"), Index(5)] public string Type { get; init; } = "";
    [Name("parties"), Index(6)] public string Parties { get; init; } = "";
    [Name("amount_value"), Index(7)] public decimal? AmountValue { get; init; }
    [Name("amount_currency"), Index(8)] public string? AmountCurrency { get; init; }
    [Name("amount_period"), Index(9)] public string? AmountPeriod { get; init; }
    [Name("amount_text"), Index(10)] public string? AmountText { get; init; }
    [Name("capacity_value"), Index(11)] public decimal? CapacityValue { get; init; }
    [Name("capacity_unit"), Index(12)] public string? CapacityUnit { get; init; }
    [Name("capacity_base"), Index(13)] public decimal? CapacityBase { get; init; }
    [Name("capacity_base_unit"), Index(14)] public string? CapacityBaseUnit { get; init; }
    [Name("capacity_text"), Index(15)] public string? CapacityText { get; init; }
    [Name("locations"), Index(16)] public string Locations { get; init; } = "";
    [Name("start"), Index(17)] public string? Start { get; init; }
    [Name("project"), Index(18)] public string? Project { get; init; }
    [Name("confidence"), Index(19)] public double Confidence { get; init; }
    [Name("evidence"), Index(20)] public string Evidence { get; init; } = "";
    [Name("evidence_start"), Index(21)] public int EvidenceStart { get; init; }
    [Name("evidence_end"), Index(22)] public int EvidenceEnd { get; init; }

    /// <summary>Separates the items of a list inside one cell (parties, locations).</summary>
    public const string ListSeparator = "; ";

    public static IEnumerable<DealCsvRow> From(ArticleResult article) =>
        article.Deals.Select((deal, index) => new DealCsvRow
        {
            Source = article.Source,
            Language = article.Language,
            Title = article.Title,
            Published = article.Published,
            Deal = index + 1,
            Type = deal.Type,
            Parties = string.Join(ListSeparator, deal.Parties.Select(p => $"{p.Name} ({p.Role})")),
            AmountValue = deal.Amount?.Value,
            AmountCurrency = deal.Amount?.Currency,
            AmountPeriod = deal.Amount?.Period,
            AmountText = deal.Amount?.Text,
            CapacityValue = deal.Capacity?.Value,
            CapacityUnit = deal.Capacity?.Unit,
            CapacityBase = deal.Capacity?.Base,
            CapacityBaseUnit = deal.Capacity?.BaseUnit,
            CapacityText = deal.Capacity?.Text,
            Locations = string.Join(ListSeparator, deal.Locations),
            Start = deal.Start,
            Project = deal.Project,
            Confidence = deal.Confidence,
            Evidence = deal.Evidence.Text,
            EvidenceStart = deal.Evidence.Start,
            EvidenceEnd = deal.Evidence.End,
        });
}
