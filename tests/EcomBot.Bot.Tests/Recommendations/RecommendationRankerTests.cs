using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Capabilities.Recommendations.CoPurchase;
using static EcomBot.Bot.Tests.Recommendations.TinyStore;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class RecommendationRankerTests
{
    private static readonly CoPurchaseModel Model = CoPurchaseModel.Learn(Anonymous(
    [
        Order("#1", "ann", Tent, Lantern),
        Order("#2", "bob", Tent, Lantern),
        Order("#3", "cy", Tent, Lantern, Notebook),
        Order("#4", "dee", Kettle, Stove),
        Order("#5", "eve", Kettle, Stove),
        Order("#6", "fay", Kettle),
        Order("#7", "gus", Kettle),
    ]), minimumCoPurchases: 2, sameOrderWeight: 0.5);

    private readonly RecommendationRanker _ranker = new(new RecommendationOptions { ConsumableProductTypes = ["Notebook"] });

    private IReadOnlyList<Recommendation> Rank(PurchaseHistory owned, RankedInterest[]? types = null, RankedInterest[]? options = null) =>
        _ranker.Rank(Catalogue, types ?? [], options ?? [], owned, owned, Model, count: 5);

    private static PurchaseHistory Bought(params Product[] products) =>
        PurchaseHistory.OfOrder(Order("#mine", "me", products));

    [Fact]
    public void ACustomerWhoBoughtATentIsOfferedALanternBecauseOfTheTent()
    {
        var top = Rank(Bought(Tent))[0];

        Assert.Equal("Lantern", top.Product.Name);
        Assert.Equal(RecommendationBasis.BoughtTogether, top.Basis);
        Assert.Equal("Because you bought a Tent", RecommendationReasons.Describe(top));
    }

    [Fact]
    public void ProductsTheCustomerAlreadyOwnsAreLeftOutUnlessConsumable()
    {
        var names = Rank(Bought(Tent, Notebook)).Select(r => r.Product.Name).ToList();

        Assert.DoesNotContain("Tent", names);
        Assert.Contains("Notebook", names);
    }

    [Fact]
    public void AConsumableBoughtBeforeIsOfferedAgainWithThatReason()
    {
        var notebook = Assert.Single(Rank(Bought(Notebook)), r => r.Product.Name == "Notebook");

        Assert.Equal(RecommendationBasis.BuyAgain, notebook.Basis);
        Assert.StartsWith("You bought a Notebook before", RecommendationReasons.Describe(notebook), StringComparison.Ordinal);
    }

    [Fact]
    public void InterestShownInAProductTypeMovesItToTheTop()
    {
        Assert.Equal("Kettle", Rank(PurchaseHistory.None)[0].Product.Name);

        var top = Rank(PurchaseHistory.None, types: [new("Stove", 4.0)])[0];

        Assert.Equal("Stove", top.Product.Name);
        Assert.Equal("Because you looked at stoves", RecommendationReasons.Describe(top));
    }

    [Fact]
    public void TheSuggestedVariantFollowsTheCustomersPreferredOptions()
    {
        var kettle = (IReadOnlyList<Recommendation> ranked) => ranked.Single(r => r.Product.Name == "Kettle").Variant.ItemId;

        Assert.Equal("kettle_black", kettle(Rank(PurchaseHistory.None, options: [new("color=black", 3.0)])));
        Assert.Equal("kettle_red", kettle(Rank(PurchaseHistory.None, options: [new("color=red", 3.0)])));
    }

    [Fact]
    public void WithNothingToGoOnTheBestSellersAreOfferedAsPopular()
    {
        var ranked = Rank(PurchaseHistory.None);

        Assert.Equal(["Kettle", "Lantern", "Tent"], ranked.Take(3).Select(r => r.Product.Name).Order().ToArray());
        Assert.All(ranked, r => Assert.Equal("Popular with other customers", RecommendationReasons.Describe(r)));
    }

    [Fact]
    public void UnavailableProductsAreNeverRecommended()
    {
        var soldOut = Lantern with { Variants = Lantern.Variants.ToDictionary(v => v.Key, v => v.Value with { Available = false }) };

        var ranked = _ranker.Rank([Tent, soldOut, Stove], [], [], Bought(Tent), Bought(Tent), Model, count: 5);

        Assert.Equal(["Stove"], ranked.Select(r => r.Product.Name).ToArray());
    }
}
