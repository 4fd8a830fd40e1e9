using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Capabilities.Recommendations.CoPurchase;
using static EcomBot.Bot.Tests.Recommendations.TinyStore;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class CoPurchaseModelTests
{
    // ann: tent+lantern in one order, stove later; bob: tent+lantern; cy: tent, then lantern in another order;
    // dee: kettle; eve's tent+stove order was cancelled.
    private static readonly Order[] History =
    [
        Order("#1", "ann", Tent, Lantern),
        Order("#2", "ann", Stove),
        Order("#3", "bob", Tent, Lantern),
        Order("#4", "cy", Tent),
        Order("#5", "cy", Lantern),
        Order("#6", "dee", Kettle),
        Order("#7", "eve", OrderStatus.Cancelled, Tent, Stove),
    ];

    private readonly CoPurchaseModel _model = CoPurchaseModel.Learn(Anonymous(History), minimumCoPurchases: 2, sameOrderWeight: 0.5);

    [Fact]
    public void BuyersAreCountedOncePerCustomerAndCancelledOrdersBoughtNothing()
    {
        Assert.Equal(3, _model.Buyers(Tent.ProductId));
        Assert.Equal(3, _model.Buyers(Lantern.ProductId));
        Assert.Equal(1, _model.Buyers(Stove.ProductId));
        Assert.Equal(6, _model.OrderCount);
    }

    [Fact]
    public void PairsAreCountedWithinOrdersAndAcrossACustomersOrders()
    {
        Assert.Equal(3, _model.CustomersWithBoth(Tent.ProductId, Lantern.ProductId));
        Assert.Equal(2, _model.OrdersWithBoth(Lantern.ProductId, Tent.ProductId));
        Assert.Equal(1, _model.CustomersWithBoth(Tent.ProductId, Stove.ProductId));
        Assert.Equal(0, _model.OrdersWithBoth(Tent.ProductId, Stove.ProductId));
    }

    [Fact]
    public void SimilarityIsTheNormalisedCountAndZeroBelowTheMinimumSupport()
    {
        // (3 customers + 0.5 × 2 orders) / sqrt(3 × 3)
        Assert.Equal(4.0 / 3.0, _model.Similarity(Tent.ProductId, Lantern.ProductId), 6);
        Assert.Equal(0, _model.Similarity(Tent.ProductId, Stove.ProductId));
        Assert.Equal(0, _model.Similarity(Tent.ProductId, Tent.ProductId));
    }

    [Fact]
    public void PopularityIsMeasuredAgainstTheBestSeller()
    {
        Assert.Equal(1.0, _model.Popularity(Tent.ProductId));
        Assert.Equal(1.0 / 3.0, _model.Popularity(Kettle.ProductId), 6);
        Assert.Equal(0, _model.Popularity(Notebook.ProductId));
    }
}
