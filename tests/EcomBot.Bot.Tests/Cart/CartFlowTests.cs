using EcomBot.TestSupport;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using static EcomBot.Bot.Tests.Cart.CartHarness;
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Cart;

public sealed class CartFlowTests
{
    private static readonly CartOwner Shopper = CartOwner.User(new ChannelUser("test", "shopper-1"));

    [Fact]
    public async Task AnAddToCartButtonPutsTheItemInTheShoppersCartAndTellsTheProfile()
    {
        var shop = new CartHarness();

        var reply = await shop.SayAsync(CartMessages.Add(InStockShirt));

        Assert.Equal("Added T-Shirt (black, size S, polyester, crew neck) at $52.88 to your cart.", reply.Text);
        var line = Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
        Assert.Equal((InStockShirt, 52.88m, 1), (line.ItemId, line.Price, line.Quantity));
        var signal = Assert.IsType<InterestShown>(Assert.Single(shop.Signals.All));
        Assert.Equal((InterestSource.Cart, "T-Shirt", "black"), (signal.Source, signal.ProductType, signal.Options!["color"]));
    }

    [Fact]
    public async Task AnOutOfStockVariantIsRefusedWithAClearMessage()
    {
        var shop = new CartHarness();

        var reply = await shop.SayAsync(CartMessages.Add(OutOfStockShirt));

        Assert.Contains("out of stock, so it can't be added to your cart", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
    }

    [Fact]
    public async Task AddingTheSameItemAgainRaisesItsQuantityUpToTheLimit()
    {
        var shop = new CartHarness();

        await shop.SayAsync(CartMessages.Add(InStockShirt));
        var second = await shop.SayAsync(CartMessages.Add(InStockShirt));
        var third = await shop.SayAsync(CartMessages.Add(InStockShirt));

        Assert.Contains("now 2 in your cart", second.Text, StringComparison.Ordinal);
        Assert.Contains("the most one order can hold", third.Text, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None)).Quantity);
    }

    [Fact]
    public async Task TheCartShowsEachLineWithARemoveButtonAndTheTotal()
    {
        var shop = new CartHarness();
        await shop.SayAsync(CartMessages.Add(InStockShirt));
        await shop.SayAsync(CartMessages.Add(InStockShirt));

        var cart = await shop.SayAsync("view cart");

        Assert.Equal("Your cart has 2 items, total $105.76.", cart.Text);
        var card = Assert.Single(cart.Cards);
        Assert.Equal("$52.88 x 2 = $105.76", card.Subtitle);
        var remove = Assert.Single(card.Buttons);
        Assert.Equal((Intents.RemoveFromCart, InStockShirt), (remove.Action!.Intent, PressedButton.ItemId(remove)));
        Assert.Equal("Remove T-Shirt (black, size S, polyester, crew neck) from my cart", remove.Says);
    }

    [Fact]
    public async Task PressingRemoveOnACartCardTakesThatLineOut()
    {
        var shop = new CartHarness();
        await shop.SayAsync(CartMessages.Add(InStockShirt));
        var cart = await shop.SayAsync("view cart");

        var removed = await shop.PressAsync(Assert.Single(Assert.Single(cart.Cards).Buttons));

        Assert.Equal("Removed T-Shirt (black, size S, polyester, crew neck) from your cart.", removed.Text);
        Assert.Empty(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
    }

    [Fact]
    public async Task RemovingAnItemEmptiesItsLine()
    {
        var shop = new CartHarness();
        await shop.SayAsync(CartMessages.Add(InStockShirt));

        var removed = await shop.SayAsync(CartMessages.Remove(InStockShirt));
        var empty = await shop.SayAsync("view cart");

        Assert.StartsWith("Removed T-Shirt", removed.Text, StringComparison.Ordinal);
        Assert.StartsWith("Your cart is empty", empty.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckOutSaysNoPaymentIsTakenAndGivesTheConfiguredLink()
    {
        var shop = new CartHarness();
        await shop.SayAsync(CartMessages.Add(InStockShirt));

        var reply = await shop.SayAsync("check out");

        Assert.Contains("takes no payment", reply.Text, StringComparison.Ordinal);
        Assert.Contains(CheckoutUrl, reply.Text, StringComparison.Ordinal);
        Assert.Equal(CheckoutUrl, Assert.Single(reply.Citations).Url);
    }

    [Fact]
    public async Task AnIdentifiedCustomersCartIsKeyedByTheirCustomerId()
    {
        var shop = new CartHarness();
        shop.Conversation.CustomerId = "mei_kovacs_8020";

        await shop.SayAsync(CartMessages.Add(InStockShirt));

        Assert.Empty(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
        Assert.Single(await shop.Carts.GetAsync(CartOwner.Customer("mei_kovacs_8020"), CancellationToken.None));
        Assert.Equal("mei_kovacs_8020", Assert.Single(shop.Signals.All).Subject.CustomerId);
    }

    [Fact]
    public async Task AnAddThatNamesNoItemAsksWhichProduct()
    {
        var shop = new CartHarness(new() { ["put it in my basket"] = Predict(Intents.AddToCart, 0.95) });

        var reply = await shop.SayAsync("put it in my basket");

        Assert.StartsWith("Which product would you like to add?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddThatPointsBackAddsTheProductInTheConversationsFocus()
    {
        var shop = new CartHarness(new() { ["add it to my cart please"] = Predict(Intents.AddToCart, 0.95) });
        shop.Conversation.Focus.OnProduct("9523456873", InStockShirt, shop.Conversation.Turn);

        var reply = await shop.SayAsync("add it to my cart please");

        Assert.StartsWith("Added T-Shirt (black, size S", reply.Text, StringComparison.Ordinal);
        Assert.Equal(InStockShirt, Assert.Single(await shop.Carts.GetAsync(Shopper, CancellationToken.None)).ItemId);
    }

    [Theory]
    [InlineData("empty my cart", Intents.ViewCart)]
    [InlineData("clear the basket please", Intents.RemoveFromCart)]
    [InlineData("remove everything from my cart", Intents.RemoveFromCart)]
    public async Task EmptyingTheCartTakesEverythingOutWhicheverCartIntentTheClassifierSaw(string text, string intent)
    {
        var shop = new CartHarness(new() { [text] = Predict(intent, 0.9) });
        await shop.SayAsync(CartMessages.Add(InStockShirt));
        await shop.SayAsync(CartMessages.Add(InStockShirt));

        var reply = await shop.SayAsync(text);

        Assert.Equal("Done: I took 2 items out of your cart; it is empty now.", reply.Text);
        Assert.Empty(await shop.Carts.GetAsync(Shopper, CancellationToken.None));
    }

    [Fact]
    public async Task EmptyingAnEmptyCartSaysSoInsteadOfPretending()
    {
        var shop = new CartHarness(new() { ["empty my cart"] = Predict(Intents.RemoveFromCart, 0.9) });

        var reply = await shop.SayAllAsync("empty my cart");

        Assert.StartsWith("Your cart is already empty.", Assert.Single(reply).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingWithoutNamingAnItemTakesTheOnlyOneOrAsksWhichOfSeveral()
    {
        var shop = new CartHarness(new() { ["remove it"] = Predict(Intents.RemoveFromCart, 0.9) });
        await shop.SayAsync(CartMessages.Add(InStockShirt));

        var only = await shop.SayAsync("remove it");
        var nothing = await shop.SayAllAsync("remove it");

        Assert.StartsWith("Removed T-Shirt", only.Text, StringComparison.Ordinal);
        Assert.Equal("Your cart is already empty, so there is nothing to remove.", Assert.Single(nothing).Text);
    }

    [Theory]
    [InlineData("is my cart empty?")]
    [InlineData("show my cart")]
    [InlineData("remove the red one from my cart")]
    public void OnlyRequestsForTheWholeCartCountAsEmptyingIt(string text) =>
        Assert.False(CartMessages.IsEmptyCart(text));
}
