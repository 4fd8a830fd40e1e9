using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Tests.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Recommendations;

/// <summary>"Recommend something" as the customer types it, read by the trained intent model, not a fixed table.</summary>
[Collection(TrainedRouterCollection.Name)]
public sealed class RecommendWithLearnedRouterTests(TrainedRouterFixture trained) : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Theory]
    [InlineData("recommend something")]
    [InlineData("what would you recommend for me?")]
    public async Task TheLearnedRouterSendsARecommendationRequestToTheRecommendFlow(string text)
    {
        var harness = new RecommendationHarness();
        var router = harness.App.RouterWith(trained.Classifier(_directory.Path), [harness.Flow]);
        var conversation = new ConversationData { CustomerId = RecommendationHarness.DeskLampOwner };

        var reply = Assert.Single(await router.RouteAsync(new CustomerMessage(text, "webchat", "u1", "c1"), conversation, CancellationToken.None));

        Assert.Equal("Here are a few things you might like:", reply.Text);
        Assert.Contains(reply.Cards, card => card.Lines[0] == "Because you bought a Desk Lamp");
    }

    public void Dispose() => _directory.Dispose();
}
