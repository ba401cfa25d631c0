using NewsExtract.Recognizers;

namespace NewsExtract.Deals;

/// <summary>An amount or a capacity in a deal sentence that may be the deal's own (or a revenue, a budget, a country's total).</summary>
public sealed record TermContext(DealContext Deal, Entity Term, string DealType);
