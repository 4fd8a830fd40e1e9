using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Recommendations;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class RecommendationServiceTests
{
    private readonly RecommendationHarness _harness = new();

    [Fact]
    public async Task ACustomerWhoBoughtADeskLampGetsARecommendationBecauseOfTheDeskLamp()
    {
        var picks = await _harness.Service.RecommendAsync(ProfileSubject.Customer(RecommendationHarness.DeskLampOwner), 3);

        Assert.Equal(3, picks.Count);
        Assert.Equal(RecommendationBasis.BoughtTogether, picks[0].Basis);
        Assert.Equal("Because you bought a Desk Lamp", picks[0].Reason);
        Assert.DoesNotContain(picks, p => p.Product.Name == "Desk Lamp");
        Assert.All(picks, p => Assert.True(p.Variant.Available));
    }

    [Fact]
    public async Task AnInterestTheCustomerShowedOutranksWhatOthersBought()
    {
        var subject = ProfileSubject.Customer(RecommendationHarness.DeskLampOwner);
        await _harness.ShowInterestAsync(subject, "Hiking Boots", new Dictionary<string, string> { ["waterproof"] = "yes" });

        var top = (await _harness.Service.RecommendAsync(subject, 3))[0];

        Assert.Equal("Hiking Boots", top.Product.Name);
        Assert.Equal("Because you looked at hiking boots", top.Reason);
        Assert.Equal("yes", top.Variant.Options["waterproof"]);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsRecommendedWhatTheyLookedAtThenPopularProducts()
    {
        var visitor = ProfileSubject.Of("webchat", "visitor-1");
        await _harness.ShowInterestAsync(visitor, "Tea Kettle");

        var picks = await _harness.Service.RecommendAsync(visitor, 3);

        Assert.Equal("Because you looked at tea kettles", picks[0].Reason);
        Assert.All(picks.Skip(1), p => Assert.Equal(RecommendationBasis.Popular, p.Basis));
    }

    [Fact]
    public async Task AfterAnOrderTheCustomerIsOfferedProductsBoughtWithItsItems()
    {
        var reply = await _harness.Service.AfterOrderAsync(RecommendationHarness.DeskLampOwner, "#W8306539");

        Assert.NotNull(reply);
        Assert.Equal("You might also like:", reply.Text);
        Assert.Equal(_harness.Options.Value.AfterOrderCount, reply.Cards.Count);
        Assert.All(reply.Cards, card => Assert.Equal("Because you bought a Desk Lamp", card.Lines[0]));
    }

    [Fact]
    public async Task AfterSomeoneElsesOrderNothingIsOffered() =>
        Assert.Null(await _harness.Service.AfterOrderAsync("someone_else_1", "#W8306539"));

    [Fact]
    public async Task AfterAnUnknownOrderNothingIsOffered() =>
        Assert.Null(await _harness.Service.AfterOrderAsync(RecommendationHarness.DeskLampOwner, "#W0000000"));
}
