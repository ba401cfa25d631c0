using NewsExtract.Recognizers;
using NewsExtract.Text;

namespace NewsExtract.Deals;

/// <summary>What one sentence says about a deal, before mentions of the same deal are merged.</summary>
internal sealed class DealCandidate
{
    public required string Type { get; set; }
    public required List<Party> Parties { get; init; }
    public MoneyEntity? Amount { get; set; }
    public CapacityEntity? Capacity { get; set; }
    public List<string> Locations { get; } = [];
    public string? Start { get; set; }
    public string? Project { get; set; }
    public required Sentence Evidence { get; set; }
    public required bool InBody { get; set; }
    public bool HasVerb { get; set; }
    public int Mentions { get; set; } = 1;

    /// <summary>False when every sentence that states the deal calls it a rumour or denies it.</summary>
    public bool Asserted { get; set; }

    public int Richness => (InBody ? 4 : 0) + Parties.Count + (Amount is null ? 0 : 1) + (Capacity is null ? 0 : 1);
}
