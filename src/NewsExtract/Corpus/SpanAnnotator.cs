using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Corpus;

/// <summary>A labelled span from an annotation tool: [Start, End) and a label (ORG, MONEY...).</summary>
public sealed record LabelledSpan(int Start, int End, string Label);

/// <summary>
/// Turns bare labelled spans (what doccano and BRAT keep) into corpus entities with their normalised
/// attributes, read by the recognizers where they find the same span; a name is its text otherwise.
/// </summary>
public sealed class SpanAnnotator(Pipeline pipeline)
{
    public Annotation Annotate(Document document, IEnumerable<LabelledSpan> spans)
    {
        var result = pipeline.Extract(document);
        var entities = spans
            .Where(s => s.Start >= 0 && s.End <= document.Text.Length && s.End > s.Start)
            .OrderBy(s => s.Start)
            .Select(span =>
            {
                var text = document.Text[span.Start..span.End];
                var read = result.Entities.FirstOrDefault(e => e.Type == span.Label && e.Start == span.Start && e.End == span.End);
                var entity = new GoldEntity(span.Label, span.Start, span.End, text);
                return read switch
                {
                    MoneyEntity m => entity with { Value = m.Value, Currency = m.Currency, Period = m.Period, Min = m.Min, Max = m.Max, Qualifier = m.Qualifier },
                    CapacityEntity c => entity with { Value = c.Value, Unit = c.Unit, Base = c.Base, BaseUnit = c.BaseUnit, Min = c.Min, Max = c.Max, Qualifier = c.Qualifier },
                    DateEntity d => entity with { DateValue = d.Value, Qualifier = d.Qualifier },
                    NamedEntity n => entity with { Name = n.Name },
                    _ => span.Label is EntityTypes.Organization or EntityTypes.Location or EntityTypes.Project ? entity with { Name = text } : entity,
                };
            })
            .ToArray();
        return new Annotation(result.Language, entities, []);
    }
}
