namespace NewsExtract.Recognizers;

/// <summary>
/// Chooses among overlapping proposals: the longest span wins, then the more reliable kind of evidence
/// (amounts and units over names; a listed name over one inferred from context), then the earliest.
/// </summary>
public static class EntityResolver
{
    public static List<Entity> Resolve(IEnumerable<Entity> proposals)
    {
        var ordered = proposals
            .OrderByDescending(e => e.TokenLength)
            .ThenBy(Rank)
            .ThenBy(e => e.TokenStart)
            .ToList();
        var kept = new List<Entity>();
        foreach (var candidate in ordered)
            if (!kept.Any(candidate.Overlaps))
                kept.Add(candidate);
        kept.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        return kept;
    }

    private static int Rank(Entity e) => e switch
    {
        MoneyEntity => 0,
        CapacityEntity => 1,
        NamedEntity { Type: EntityTypes.Organization, Origin: EntityOrigin.Gazetteer } => 2,
        NamedEntity { Type: EntityTypes.Location, Origin: not EntityOrigin.Model } => 3,
        NamedEntity { Type: EntityTypes.Project } => 4,
        NamedEntity { Type: EntityTypes.Organization, Origin: EntityOrigin.Rule } => 5,
        NamedEntity { Type: EntityTypes.Organization } => 6,
        _ => 7,
    };
}
