using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Profiles;

namespace EcomBot.Integration.Tests.Cart;

/// <summary>What every cart store must do, run against each backend.</summary>
public abstract class CartStoreContractTests
{
    protected static readonly CartOwner Ana = CartOwner.Customer("ana_lopez_1234");
    protected static readonly CartOwner Visitor = CartOwner.User(new ChannelUser("webchat", "dl_visitor"));

    protected abstract ICartStore Store { get; }

    protected static CartLine Shirt(int quantity = 1) =>
        new("1176194968", "T-Shirt", new Dictionary<string, string> { ["color"] = "black", ["size"] = "S" }, 52.88m, quantity);

    protected static CartLine Boots() =>
        new("8277474082", "Hiking Boots", new Dictionary<string, string> { ["material"] = "leather", ["size"] = "12" }, 236.57m);

    [Fact]
    public async Task AnUnknownCartIsEmpty() =>
        Assert.Empty(await Store.GetAsync(Visitor, CancellationToken.None));

    [Fact]
    public async Task AddedLinesComeBackWithTheirOptionsPriceAndQuantity()
    {
        await Store.AddAsync(Ana, Shirt(), CancellationToken.None);
        await Store.AddAsync(Ana, Boots(), CancellationToken.None);

        var lines = await Store.GetAsync(Ana, CancellationToken.None);

        Assert.Equal(["1176194968", "8277474082"], lines.Select(l => l.ItemId));
        Assert.Equal(("T-Shirt", 52.88m, 1, "black"), (lines[0].ProductName, lines[0].Price, lines[0].Quantity, lines[0].Options["color"]));
    }

    [Fact]
    public async Task AddingAnItemAlreadyInTheCartAddsToItsQuantity()
    {
        await Store.AddAsync(Ana, Shirt(), CancellationToken.None);

        var stored = await Store.AddAsync(Ana, Shirt(quantity: 2), CancellationToken.None);

        Assert.Equal(3, stored.Quantity);
        Assert.Equal(3, Assert.Single(await Store.GetAsync(Ana, CancellationToken.None)).Quantity);
    }

    [Fact]
    public async Task ConcurrentAddsOfOneItemLoseNoQuantity()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Store.AddAsync(Ana, Shirt(), CancellationToken.None)));

        Assert.Equal(20, Assert.Single(await Store.GetAsync(Ana, CancellationToken.None)).Quantity);
    }

    [Fact]
    public async Task RemovingTakesOutOnlyThatItemAndSaysWhetherItWasThere()
    {
        await Store.AddAsync(Ana, Shirt(), CancellationToken.None);
        await Store.AddAsync(Ana, Boots(), CancellationToken.None);

        Assert.True(await Store.RemoveAsync(Ana, "1176194968", CancellationToken.None));
        Assert.False(await Store.RemoveAsync(Ana, "1176194968", CancellationToken.None));

        Assert.Equal("8277474082", Assert.Single(await Store.GetAsync(Ana, CancellationToken.None)).ItemId);
    }

    [Fact]
    public async Task CartsOfDifferentOwnersAreSeparateAndClearingOneLeavesTheOther()
    {
        await Store.AddAsync(Ana, Shirt(), CancellationToken.None);
        await Store.AddAsync(Visitor, Boots(), CancellationToken.None);

        await Store.ClearAsync(Ana, CancellationToken.None);
        await Store.ClearAsync(Ana, CancellationToken.None);

        Assert.Empty(await Store.GetAsync(Ana, CancellationToken.None));
        Assert.Equal("8277474082", Assert.Single(await Store.GetAsync(Visitor, CancellationToken.None)).ItemId);
    }
}
