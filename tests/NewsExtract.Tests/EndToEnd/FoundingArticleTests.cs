using NewsExtract.Ingestion;
using NewsExtract.Recognizers;

namespace NewsExtract.Tests.EndToEnd;

/// <summary>
/// The story NewsExtract was started for (OpenAI leases 4.5 GW from Oracle for $30bn a year), in our own
/// words: one lease deal with all its facts, and the distractors kept out of it.
/// </summary>
public class FoundingArticleTests
{
    private static readonly ArticleResult Result = TestData.Pipeline.Extract(Assert.Single(
        ArticleLoader.Default.Load(new InputFile(TestData.Corpus("samples", "fr", "openai-oracle-stargate.txt"), "fr/openai-oracle-stargate.txt")).Documents));

    [Fact]
    public void Gives_exactly_one_lease_with_every_fact()
    {
        var deal = Assert.Single(Result.Deals);
        Assert.Equal("lease", deal.Type);
        Assert.Equal(["OpenAI:customer", "Oracle:provider"], deal.Parties.Select(p => $"{p.Name}:{p.Role}").Order());
        Assert.Equal(30_000_000_000m, deal.Amount!.Value);
        Assert.Equal("USD", deal.Amount.Currency);
        Assert.Equal("year", deal.Amount.Period);
        Assert.Equal(4.5m, deal.Capacity!.Value);
        Assert.Equal("GW", deal.Capacity.Unit);
        Assert.Equal(4_500_000_000m, deal.Capacity.Base);
        Assert.Equal(["Texas", "Michigan", "New Mexico", "Ohio"], deal.Locations);
        Assert.Equal("2028", deal.Start);
        Assert.Equal("Stargate", deal.Project);
        Assert.Contains("4,5 gigawatts", deal.Evidence.Text);
    }

    [Fact]
    public void Finds_the_distractors_as_entities_but_keeps_them_out_of_the_deal()
    {
        var deal = Assert.Single(Result.Deals);
        var amounts = Result.Entities.OfType<MoneyEntity>().Select(m => m.Value).ToArray();
        Assert.Contains(500_000_000_000m, amounts);
        Assert.Contains(50_000_000_000m, amounts);
        var organizations = Result.Entities.OfType<NamedEntity>().Where(e => e.Type == EntityTypes.Organization).Select(e => e.Name).ToArray();
        foreach (var name in new[] { "SoftBank", "Amazon", "Microsoft" })
        {
            Assert.Contains(name, organizations);
            Assert.DoesNotContain(deal.Parties, p => p.Name == name);
        }
    }
}
