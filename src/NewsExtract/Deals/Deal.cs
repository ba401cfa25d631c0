using NewsExtract.Recognizers;

namespace NewsExtract.Deals;

/// <summary>A deal reported by an article, with the sentence that proves it.</summary>
public sealed record Deal(
    string Type,
    IReadOnlyList<Party> Parties,
    MoneyEntity? Amount,
    CapacityEntity? Capacity,
    IReadOnlyList<string> Locations,
    string? Start,
    string? Project,
    Evidence Evidence,
    double Confidence);

public sealed record Party(string Name, string Role);

public sealed record Evidence(string Text, int Start, int End);

public static class DealTypes
{
    public const string Lease = "lease";
    public const string Contract = "contract";
    public const string Investment = "investment";
    public const string Acquisition = "acquisition";
    public const string Partnership = "partnership";
    public const string Supply = "supply";
    public const string Funding = "funding";
    public const string Other = "other";

    /// <summary>How much a type says about a deal: a lease is a contract, said more precisely.</summary>
    public static int Specificity(string type) => type switch
    {
        Contract => 1,
        Partnership => 2,
        Other => 0,
        _ => 3,
    };

    /// <summary>Two mentions may be the same deal when their types agree or one is the generic form.</summary>
    public static bool Compatible(string a, string b) =>
        a == b || Specificity(a) <= 1 || Specificity(b) <= 1;
}

public static class Roles
{
    public const string Partner = "partner";

    /// <summary>A party whose side of the deal the text does not say.</summary>
    public const string Unknown = "party";

    /// <summary>The roles parties take in a deal of a type (the corpus conventions); any deal may leave a side unsaid.</summary>
    public static IReadOnlyList<string> Of(string dealType) => dealType switch
    {
        DealTypes.Lease or DealTypes.Contract => ["customer", "provider", Unknown],
        DealTypes.Supply => ["supplier", "customer", Unknown],
        DealTypes.Acquisition => ["buyer", "target", "seller", Unknown],
        DealTypes.Investment or DealTypes.Funding => ["investor", "investee", "lender", "borrower", Unknown],
        DealTypes.Partnership => [Partner, Unknown],
        _ => [Unknown],
    };

    /// <summary>The other side of a two-sided deal ("customer" → "provider" in a lease); null where a role has several counterparts (an acquisition's buyer faces a target and a seller).</summary>
    public static string? Counterpart(string role, string dealType) => (dealType, role) switch
    {
        (DealTypes.Lease or DealTypes.Contract, "customer") => "provider",
        (DealTypes.Lease or DealTypes.Contract, "provider") => "customer",
        (DealTypes.Supply, "customer") => "supplier",
        (DealTypes.Supply, "supplier") => "customer",
        (DealTypes.Investment or DealTypes.Funding, "investor") => "investee",
        (DealTypes.Investment or DealTypes.Funding, "investee") => "investor",
        (DealTypes.Investment or DealTypes.Funding, "lender") => "borrower",
        (DealTypes.Investment or DealTypes.Funding, "borrower") => "lender",
        _ => null,
    };

    /// <summary>A role said in another deal type's terms: a contract's provider supplies in a supply deal.</summary>
    public static string? InTermsOf(string role, string dealType)
    {
        var roles = Of(dealType);
        if (roles.Contains(role))
            return role;
        var synonym = role switch { "provider" => "supplier", "supplier" => "provider", _ => null };
        return synonym is not null && roles.Contains(synonym) ? synonym : null;
    }
}
