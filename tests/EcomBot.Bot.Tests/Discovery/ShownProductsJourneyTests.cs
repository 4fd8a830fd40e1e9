using EcomBot.TestSupport;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Tests.Routing;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>Pointing at products already shown, in words: "the first", "number 1", "it", "the second one".</summary>
[Collection(TrainedRouterTests.Name)]
public sealed class ShownProductsJourneyTests(TrainedRouterFixture trained) : IDisposable
{
    private static readonly CartOwner Shopper = CartOwner.User(new ChannelUser("test", "shopper-1"));
    private readonly TemporaryDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData("add the first to cart", 0)]
    [InlineData("add number 1 to my cart", 0)]
    [InlineData("add the second one", 1)]
    [InlineData("put the third one in my basket please", 2)]
    public async Task AProductShownIsAddedByItsPlaceInTheList(string request, int position)
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");
        var wanted = ItemIdOf(shown.Cards[position]);

        var added = await shop.SayAsync(request);

        Assert.StartsWith("Added Mechanical Keyboard", added.Text, StringComparison.Ordinal);
        Assert.Equal(wanted, Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None)).ItemId);
        Assert.Equal("discovery", shop.Conversation.ActiveFlow);
    }

    [Theory]
    [InlineData("add 2 of the third one", 2, 2)]
    [InlineData("I'll take two of the first one", 0, 2)]
    [InlineData("add 3 of them", 1, 3)]
    public async Task AQuantityInWordsAddsThatManyOfTheItemMeant(string request, int position, int quantity)
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");
        await shop.SayAsync("tell me more about the second one");

        var added = await shop.SayAsync(request);

        Assert.StartsWith($"Added {quantity} x Mechanical Keyboard", added.Text, StringComparison.Ordinal);
        var line = Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
        Assert.Equal(ItemIdOf(shown.Cards[position]), line.ItemId);
        Assert.Equal(quantity, line.Quantity);
    }

    [Fact]
    public async Task HowManyMatchSaysHowManyOfThemAreInStock()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);

        // The demo catalogue has 12 T-Shirt variants, 2 of them sold out.
        var found = await shop.SayAsync("How many t-shirt options do you have in the store right now?");

        Assert.StartsWith("I found 12 matching items (10 in stock)", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AButtonsWordsAloneAsAChannelWithoutValuesSendsThemAddThatItem()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");
        var add = shown.Cards[3].Buttons.Single(b => b.Title == "Add to cart");

        var added = await shop.SayAsync(add.Says);

        Assert.StartsWith("Added Mechanical Keyboard", added.Text, StringComparison.Ordinal);
        Assert.Equal(ItemIdOf(shown.Cards[3]), Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None)).ItemId);
    }

    [Fact]
    public async Task ItMeansTheProductWhoseDetailsWereShown()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");
        var second = ItemIdOf(shown.Cards[1]);
        await shop.PressAsync(shown.Cards[1].Buttons.Single(b => b.Title == "Details"));
        Assert.Equal(second, shop.Conversation.Focus.ItemId);

        var added = await shop.SayAsync("add it to cart");

        Assert.StartsWith("Added Mechanical Keyboard", added.Text, StringComparison.Ordinal);
        Assert.Equal(second, Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None)).ItemId);
    }

    [Fact]
    public async Task DetailsAskedForInWordsPutTheItemInFocusForIt()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");

        var details = await shop.SayAsync("tell me more about the third one");
        var added = await shop.SayAsync("add it");

        Assert.Equal(ItemIdOf(shown.Cards[2]), ItemIdOf(Assert.Single(details.Cards)));
        Assert.StartsWith("Added Mechanical Keyboard", added.Text, StringComparison.Ordinal);
        Assert.Equal(ItemIdOf(shown.Cards[2]), Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None)).ItemId);
    }

    [Fact]
    public async Task ItWithSeveralProductsShownAsksWhichOne()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        await shop.SayAsync("mechanical keyboard");

        var question = await shop.SayAsync("add it to cart");

        Assert.Contains("Which one", question.Text, StringComparison.Ordinal);
        Assert.Empty(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
        var answer = await shop.SayAsync("the second one");
        Assert.StartsWith("Added Mechanical Keyboard", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListStaysAfterLookingAtTheCart()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");
        await shop.SayAsync("add the first to cart");
        await shop.SayAsync("view cart");

        var added = await shop.SayAsync("add the second one too");

        Assert.StartsWith("Added Mechanical Keyboard", added.Text, StringComparison.Ordinal);
        Assert.Equal(
            new[] { ItemIdOf(shown.Cards[0]), ItemIdOf(shown.Cards[1]) }.Order(),
            (await shop.Carts.GetAsync(Shopper, CancellationToken.None)).Select(l => l.ItemId).Order());
    }

    [Fact]
    public async Task ALineOfTheCartIsRemovedByItsPlaceAndTheProductsShownStay()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var shown = await shop.SayAsync("mechanical keyboard");
        await shop.SayAsync("add the first to cart");
        await shop.SayAsync("add the third one");
        var cart = await shop.SayAsync("view cart");
        Assert.Equal(2, cart.Cards.Count);
        Assert.All(cart.Cards, card => Assert.Matches(@"^\d\. Mechanical Keyboard — ", card.Title));

        var removed = await shop.SayAsync("remove the first one");

        Assert.StartsWith("Removed Mechanical Keyboard", removed.Text, StringComparison.Ordinal);
        var left = Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
        Assert.Equal(PressedButton.ItemId(cart.Cards[1]), left.ItemId);
        Assert.Equal("discovery", shop.Conversation.ActiveFlow);
        Assert.StartsWith("Added", (await shop.SayAsync("add the second one")).Text, StringComparison.Ordinal);
        Assert.Contains(ItemIdOf(shown.Cards[1]), (await shop.Carts.GetAsync(Shopper, CancellationToken.None)).Select(l => l.ItemId));
    }

    [Fact]
    public async Task CardsOfOneProductHaveTitlesThatTellThemApartAndNoItemIds()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);

        var shown = await shop.SayAsync("mechanical keyboard");

        Assert.Equal(DiscoveryFlow.MaxCards, shown.Cards.Count);
        Assert.Equal(shown.Cards.Count, shown.Cards.Select(c => c.Title).Distinct().Count());
        Assert.All(shown.Cards, card => Assert.Matches(@"^\d\. Mechanical Keyboard — \S", card.Title));
        Assert.All(shown.Cards, card => Assert.DoesNotMatch(@"\d{6,}", string.Join(" ", [card.Title, .. card.Lines, .. card.Buttons.Select(b => b.Says)])));
    }

    private static string ItemIdOf(ReplyCard card) => PressedButton.ItemId(card);
}
