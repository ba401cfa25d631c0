namespace NewsExtract.Deals;

/// <summary>
/// A second opinion on what the deal rules read in a sentence: whether an organisation they placed in
/// the act takes part, whether an amount or capacity is the deal's own, the deal's type and status,
/// and each party's role. The rules propose; a judge confirms, vetoes or corrects.
/// </summary>
public interface IDealJudge
{
    /// <summary>The deal type, given the one the deal words give.</summary>
    string DealType(DealContext context, string ruleType);

    /// <summary>Whether the sentence states the deal as done or agreed, given what the rumour and denial cues say.</summary>
    bool IsAsserted(DealContext context, bool ruleAsserted);

    bool IsParty(PartyContext context);

    /// <summary>Whether an amount or capacity the rules would take is the deal's own.</summary>
    bool IsDealTerm(TermContext context);

    /// <summary>The role of a party in a deal of the context's type, given the one the rules gave.</summary>
    string Role(PartyContext context, string ruleRole);
}
