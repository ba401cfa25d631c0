using NewsExtract.Recognizers;

namespace NewsExtract.Deals;

/// <summary>An organisation the deal rules placed in the act of a deal sentence, and the deal's type.</summary>
public sealed record PartyContext(DealContext Deal, NamedEntity Organization, string DealType);
