using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Recommendations;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class RecommendationServiceTests
{
    private readonly RecommendationHarness _harness = new();

    [Fact]
    public async Task ACustomerWhoBoughtADeskLampGetsARecommendationBecauseOfTheDeskLamp()
    {
        var picks = await _harness.Service.ForSubjectAsync(ProfileSubject.Customer(RecommendationHarness.DeskLampOwner), 3, null, CancellationToken.None);

        Assert.Equal(3, picks.Count);
        Assert.Equal(RecommendationBasis.BoughtTogether, picks[0].Basis);
        Assert.Equal("Because you bought a Desk Lamp", RecommendationReasons.Describe(picks[0]));
        Assert.DoesNotContain(picks, p => p.Product.Name == "Desk Lamp");
        Assert.All(picks, p => Assert.True(p.Variant.Available));
    }

    [Fact]
    public async Task AnInterestTheCustomerShowedOutranksWhatOthersBought()
    {
        var subject = ProfileSubject.Customer(RecommendationHarness.DeskLampOwner);
        await _harness.ShowInterestAsync(subject, "Hiking Boots", new Dictionary<string, string> { ["waterproof"] = "yes" });

        var top = (await _harness.Service.ForSubjectAsync(subject, 3, null, CancellationToken.None))[0];

        Assert.Equal("Hiking Boots", top.Product.Name);
        Assert.Equal("Because you looked at hiking boots", RecommendationReasons.Describe(top));
        Assert.Equal("yes", top.Variant.Options["waterproof"]);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsRecommendedWhatTheyLookedAtThenPopularProducts()
    {
        var visitor = ProfileSubject.Of("webchat", "visitor-1");
        await _harness.ShowInterestAsync(visitor, "Tea Kettle");

        var picks = await _harness.Service.ForSubjectAsync(visitor, 3, null, CancellationToken.None);

        Assert.Equal("Because you looked at tea kettles", RecommendationReasons.Describe(picks[0]));
        Assert.All(picks.Skip(1), p => Assert.Equal(RecommendationBasis.Popular, p.Basis));
    }

    [Fact]
    public async Task AfterAnOrderTheCustomerIsOfferedProductsBoughtWithItsItems()
    {
        var session = RecommendationHarness.Session(RecommendationHarness.DeskLampOwner);
        var order = await _harness.App.Store.GetOrderAsync("#W8306539");

        var related = await _harness.Service.BoughtWithAsync(session, [.. order.Items.Select(i => i.ItemId)], CancellationToken.None);

        Assert.Equal(_harness.Options.Value.AfterOrderCount, related.Count);
        Assert.All(related, r => Assert.Equal("Because you bought a Desk Lamp", RecommendationReasons.Describe(r)));
    }

    [Fact]
    public async Task ItemsNotInTheCatalogueBringNothing() =>
        Assert.Empty(await _harness.Service.BoughtWithAsync(RecommendationHarness.Session(RecommendationHarness.DeskLampOwner), ["0000000000"], CancellationToken.None));
}
