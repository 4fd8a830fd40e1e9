using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Tests.Cart;

namespace EcomBot.Bot.Tests.Recommendations;

/// <summary>Completing an order at check-out is followed by what other customers bought with its products.</summary>
public sealed class CheckoutRecommendationsTests
{
    /// <summary>In the demo catalogue: a Desk Lamp (white, high brightness, USB) in stock.</summary>
    private const string DeskLamp = "9083642334";

    [Fact]
    public async Task CheckOutIsFollowedByProductsBoughtTogetherWithTheOrdersItems()
    {
        var shop = new CartHarness(afterOrderSuggestions: 2);
        await shop.SayAsync(CartMessages.Add(DeskLamp));

        var replies = await shop.SayAllAsync("check out");

        Assert.Equal(2, replies.Count);
        Assert.Contains("takes no payment", replies[0].Text, StringComparison.Ordinal);
        var suggestions = replies[1];
        Assert.Equal(2, suggestions.Cards.Count);
        Assert.All(suggestions.Cards, card =>
        {
            Assert.Equal("Often bought together with the desk lamp in this order", card.Lines[0]);
            Assert.DoesNotContain("Desk Lamp", card.Title, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AnEmptyCartChecksOutWithoutSuggestions()
    {
        var shop = new CartHarness(afterOrderSuggestions: 2);

        var replies = await shop.SayAllAsync("check out");

        Assert.StartsWith("Your cart is empty", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithSuggestionsSwitchedOffCheckOutSaysOnlyTheCheckOutMessage()
    {
        var shop = new CartHarness(afterOrderSuggestions: 0);
        await shop.SayAsync(CartMessages.Add(DeskLamp));

        var replies = await shop.SayAllAsync("check out");

        Assert.Contains("takes no payment", Assert.Single(replies).Text, StringComparison.Ordinal);
    }
}
