using CsvHelper.Configuration.Attributes;
using NewsExtract.Recognizers;

namespace NewsExtract.Export;

/// <summary>One entity mention as a spreadsheet row, with the sentence it stands in.</summary>
public sealed class EntityCsvRow
{
    [Name("source"), Index(0)] public string Source { get; init; } = "";
    [Name("language"), Index(1)] public string Language { get; init; } = "";
    [Name("type"), Index(2)] public string Type { get; init; } = "";
    [Name("text"), Index(3)] public string Text { get; init; } = "";
    [Name("name"), Index(4)] public string? Name { get; init; }
    [Name("value"), Index(5)] public string? Value { get; init; }
    [Name("currency"), Index(6)] public string? Currency { get; init; }
    [Name("period"), Index(7)] public string? Period { get; init; }
    [Name("unit"), Index(8)] public string? Unit { get; init; }
    [Name("base"), Index(9)] public decimal? Base { get; init; }
    [Name("base_unit"), Index(10)] public string? BaseUnit { get; init; }
    [Name("start"), Index(11)] public int Start { get; init; }
    [Name("end"), Index(12)] public int End { get; init; }
    [Name("sentence"), Index(13)] public string Sentence { get; init; } = "";

    public static IEnumerable<EntityCsvRow> From(ArticleResult article) =>
        article.Entities.Select(entity => new EntityCsvRow
        {
            Source = article.Source,
            Language = article.Language,
            Type = entity.Type,
            Text = entity.Text,
            Name = (entity as NamedEntity)?.Name,
            Value = entity switch
            {
                MoneyEntity m => Invariant(m.Value),
                CapacityEntity c => Invariant(c.Value),
                DateEntity d => d.Value,
                _ => null,
            },
            Currency = (entity as MoneyEntity)?.Currency,
            Period = (entity as MoneyEntity)?.Period,
            Unit = (entity as CapacityEntity)?.Unit,
            Base = (entity as CapacityEntity)?.Base,
            BaseUnit = (entity as CapacityEntity)?.BaseUnit,
            Start = entity.Start,
            End = entity.End,
            Sentence = article.SentenceAt(entity.Start),
        });

    private static string? Invariant(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
