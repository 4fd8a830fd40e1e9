using System.Globalization;
using EcomBot.Bot.Conversation;
using EcomBot.TestSupport;
using EcomBot.Bot.Tests.Routing;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>"Cheaper" when nothing cheaper is in stock: the cheapest is named and a wider search offered.</summary>
[Collection(TrainedRouterTests.Name)]
public sealed class CheaperJourneyTests(TrainedRouterFixture trained) : IDisposable
{
    private readonly TemporaryDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task NothingCheaperInStockNamesTheCheapestAndOffersToWidenTheSearch()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        await shop.SayAsync("t-shirt");
        await shop.SayAsync("S");

        // Size S t-shirts in stock cost $52.88 and more; the $47.25 one is out of stock. Other sizes start at $46.66.
        var cheaper = await shop.SayAsync("cheaper");

        Assert.Contains("$52.88", cheaper.Text, StringComparison.Ordinal);
        Assert.Contains("cheapest", cheaper.Text, StringComparison.Ordinal);
        Assert.Contains("$46.66", cheaper.Text, StringComparison.Ordinal);
        Assert.Contains("widen the search", cheaper.SuggestedActions);

        var widened = await shop.SayAsync("yes");

        Assert.NotEmpty(widened.Cards);
        Assert.All(widened.Cards, card => Assert.True(PriceOf(card) < 52.88m, card.Subtitle));
        Assert.Contains(widened.Cards, card => card.Subtitle!.StartsWith("$46.66 · in stock", StringComparison.Ordinal));
        Assert.Contains(widened.Cards, card => !card.Lines.Contains("size: S"));
    }

    [Fact]
    public async Task TheCheapestOfAProductIsSaidToBeTheLowestPrice()
    {
        var shop = await ShopHarness.StartAsync(trained, _cache.Path);
        var reply = await shop.SayAsync("mechanical keyboard");
        for (var asked = 0; asked < 8 && reply.Cards.Count > 0; asked++)
        {
            reply = await shop.SayAsync("cheaper");
        }

        // In stock, no mechanical keyboard costs less than $226.11 (tactile switches, white backlight, full size).
        var cheapest = reply;

        Assert.Contains("$226.11", cheapest.Text, StringComparison.Ordinal);
        Assert.Contains("lowest price", cheapest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("widen the search", cheapest.SuggestedActions);
    }

    private static decimal PriceOf(ReplyCard card)
    {
        var subtitle = card.Subtitle ?? "";
        return decimal.Parse(subtitle[1..subtitle.IndexOf(' ', StringComparison.Ordinal)], NumberStyles.Number, CultureInfo.InvariantCulture);
    }
}
