using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class RecommendFlowTests
{
    private readonly ConversationData _conversation = new();
    private readonly ConversationRouter _router;
    private readonly RecommendationHarness _harness = new();

    public RecommendFlowTests()
    {
        _router = _harness.App.RouterWith(
            FakeIntentClassifier.Fixed(new()
            {
                ["recommend something"] = (Intents.Recommend, 0.95),
                ["recommend me a kettle"] = (Intents.Recommend, 0.95),
                ["add the second one to my cart"] = (Intents.AddToCart, 0.95),
                ["thank you"] = (Intents.Thanks, 0.97),
            }),
            [_harness.Flow]);
    }

    private async Task<BotReply> SayAsync(string text) =>
        Assert.Single(await _router.RouteAsync(new CustomerMessage(text, "webchat", "u1", "c1"), _conversation, CancellationToken.None));

    [Fact]
    public async Task AnIdentifiedCustomerGetsCardsWithTheReasonAPriceAndDetailsAndAddToCartButtons()
    {
        _conversation.CustomerId = RecommendationHarness.DeskLampOwner;

        var reply = await SayAsync("recommend something");

        Assert.Equal("Here are a few things you might like:", reply.Text);
        Assert.Equal(3, reply.Cards.Count);
        var card = reply.Cards[0];
        Assert.Equal("Because you bought a Desk Lamp", card.Lines[0]);
        Assert.StartsWith("$", card.Subtitle, StringComparison.Ordinal);
        Assert.Collection(card.Buttons,
            details => Assert.Equal((Intents.ProductSearch, "Details"), (details.Action!.Intent, details.Title)),
            add => Assert.Matches(@"^Add .+ to my cart$", add.Says));
        Assert.Equal(PressedButton.ItemId(card.Buttons[0]), PressedButton.ItemId(card.Buttons[1]));
        Assert.StartsWith("1. ", card.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APickIsAddedByItsPlaceAndAMessageNotAboutThePicksIsAnsweredAfresh()
    {
        _conversation.CustomerId = RecommendationHarness.DeskLampOwner;
        var picks = await SayAsync("recommend something");
        var second = picks.Cards[1];

        var added = await SayAsync("add the second one to my cart");
        var thanks = await SayAsync("thank you");

        Assert.StartsWith($"Added {second.Title[3..].Split(" — ")[0]}", added.Text, StringComparison.Ordinal);
        Assert.Equal(PressedButton.ItemId(second), Assert.Single(await _harness.App.Get<ICartStore>().GetAsync(
            CartOwner.Customer(RecommendationHarness.DeskLampOwner), CancellationToken.None)).ItemId);
        Assert.Equal(StandardReplies.YouAreWelcome.Text, thanks.Text);
        Assert.Null(_conversation.ActiveFlow);
    }

    [Fact]
    public async Task AStrangerGetsTheCustomersFavourites()
    {
        var reply = await SayAsync("recommend something");

        Assert.Equal("Here are a few of our customers' favourites:", reply.Text);
        Assert.All(reply.Cards, card => Assert.Equal("Popular with other customers", card.Lines[0]));
    }

    [Fact]
    public async Task ARequestNamingAKindOfProductGetsPicksOfThatKindOnly()
    {
        _conversation.CustomerId = RecommendationHarness.DeskLampOwner;

        var reply = await SayAsync("recommend me a kettle");

        Assert.Equal(["Electric Kettle", "Tea Kettle"], reply.Cards.Select(c => c.Title[3..]).Order().ToArray());
    }
}
