namespace NewsExtract.Recognizers;

/// <summary>
/// Articles name a company in full once and shortly afterwards ("Constellation Energy", then
/// "Constellation"): an inferred organisation name that begins a longer organisation name of the same
/// article takes that longer name.
/// </summary>
public static class ShortNameResolver
{
    public static List<Entity> Resolve(List<Entity> entities)
    {
        var fullNames = entities.OfType<NamedEntity>()
            .Where(e => e.Type == EntityTypes.Organization)
            .Select(e => e.Name)
            .Distinct()
            .ToArray();
        return entities.Select(e =>
        {
            if (e is not NamedEntity { Type: EntityTypes.Organization, Origin: not EntityOrigin.Gazetteer } named)
                return e;
            var full = fullNames.Where(n => n.StartsWith(named.Name + " ", StringComparison.Ordinal)).OrderBy(n => n.Length).FirstOrDefault();
            return full is null ? e : named with { Name = full };
        }).ToList();
    }
}
