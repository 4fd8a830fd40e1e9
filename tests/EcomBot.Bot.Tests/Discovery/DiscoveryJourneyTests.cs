using EcomBot.TestSupport;
using System.Globalization;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Tests.Routing;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>Whole shopping conversations through the router with the learned classifier and real product search.</summary>
[Collection(TrainedRouterTests.Name)]
public sealed class DiscoveryJourneyTests(TrainedRouterFixture trained) : IDisposable
{
    private readonly TemporaryDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task AShopperIsAskedTheSplittingOptionThenRefinesComparesAddsToCartAndSeesTheCart()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);

        var question = await shop.SayAsync("t-shirt");
        Assert.Equal("discovery", shop.Conversation.ActiveFlow);
        Assert.Contains("Which size", question.Text, StringComparison.Ordinal);
        Assert.Contains("L", question.SuggestedActions);
        Assert.True(question.SuggestedActions.Count >= 3);
        AssertPriceAndAvailabilityShown(question);

        var refined = await shop.SayAsync("S");
        Assert.True(refined.Cards.Count >= 2, "several t-shirts come in size S");
        Assert.All(refined.Cards, card => Assert.Contains("size: S", card.Lines));
        Assert.All(refined.Cards, card => Assert.Matches(@"^\d\. T-Shirt", card.Title));
        AssertPriceAndAvailabilityShown(refined);

        var budget = await shop.SayAsync("under $54");
        Assert.True(budget.Cards.Count >= 2, "several size S t-shirts cost under $54");
        Assert.All(budget.Cards, card => Assert.True(PriceOf(card) <= 54m, card.Subtitle));
        Assert.All(budget.Cards, card => Assert.Contains("size: S", card.Lines));

        var comparison = await shop.SayAsync("compare 1 and 2");
        Assert.Contains("| price |", comparison.Text, StringComparison.Ordinal);
        Assert.Contains("| availability |", comparison.Text, StringComparison.Ordinal);
        Assert.Equal([ItemIdOf(budget.Cards[0]), ItemIdOf(budget.Cards[1])], comparison.Cards.Select(ItemIdOf));
        Assert.DoesNotContain(ItemIdOf(budget.Cards[0]), comparison.Text, StringComparison.Ordinal);

        var inStock = budget.Cards.First(card => card.Buttons.Any(b => b.Title == "Add to cart"));
        var added = await shop.PressAsync(inStock.Buttons.Single(b => b.Title == "Add to cart"));
        Assert.StartsWith("Added T-Shirt", added.Text, StringComparison.Ordinal);

        var cart = await shop.SayAsync("view cart");
        var line = Assert.Single(cart.Cards);
        Assert.Equal(ItemIdOf(inStock), ItemIdOf(line));
        Assert.Contains("total", cart.Text, StringComparison.Ordinal);
        Assert.Contains(shop.Signals.All.OfType<InterestShown>(), s => s.Source == InterestSource.Search && s.ProductType == "T-Shirt");
        Assert.Contains(shop.Signals.All.OfType<InterestShown>(), s => s.Source == InterestSource.Cart && s.ProductType == "T-Shirt");
    }

    [Fact]
    public async Task AFreeTextRequestKeepsItsSizeAndBudgetAndFollowUpsNarrowIt()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);

        var boots = await shop.SayAsync("waterproof hiking boots size 12 under $250");
        Assert.NotEmpty(boots.Cards);
        Assert.All(boots.Cards, card =>
        {
            Assert.Matches(@"^\d\. Hiking Boots", card.Title);
            Assert.Contains("size: 12", card.Lines);
            Assert.True(PriceOf(card) <= 250m, card.Subtitle);
        });

        var black = await shop.SayAsync("in black");
        Assert.StartsWith("Nothing in the catalogue matches Hiking Boots with color black", black.Text, StringComparison.Ordinal);

        var leather = await shop.SayAsync("show the leather one");
        Assert.NotEmpty(leather.Cards);
        Assert.All(leather.Cards, card => Assert.Contains("material: leather", card.Lines));
        Assert.All(leather.Cards, card => Assert.Contains("size: 12", card.Lines));
    }

    [Fact]
    public async Task DetailsFromACardShowTheItemAndRecordAView()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var boots = await shop.SayAsync("waterproof hiking boots size 12 under $250");

        var details = await shop.PressAsync(boots.Cards[0].Buttons.Single(b => b.Title == "Details"));

        var card = Assert.Single(details.Cards);
        Assert.Equal(ItemIdOf(boots.Cards[0]), ItemIdOf(card));
        Assert.Contains("stock", details.Text, StringComparison.Ordinal);
        Assert.Contains(shop.Signals.All.OfType<InterestShown>(), s => s.Source == InterestSource.View && s.ProductType == "Hiking Boots");
    }

    private static void AssertPriceAndAvailabilityShown(BotReply reply) =>
        Assert.All(reply.Cards, card =>
        {
            Assert.Matches(@"^\$[\d,]+\.\d\d · (in stock|out of stock)$", card.Subtitle);
        });

    private static decimal PriceOf(ReplyCard card)
    {
        var subtitle = card.Subtitle ?? "";
        return decimal.Parse(subtitle[1..subtitle.IndexOf(' ', StringComparison.Ordinal)], NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private static string ItemIdOf(ReplyCard card) => PressedButton.ItemId(card);
}
