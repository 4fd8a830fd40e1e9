using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Recommendations;
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
        var cache = new IntentModelCache(_directory.Path);
        cache.Save(IntentModelCache.Key(trained.Training, trained.Featurizer.Hyperparameters, trained.Featurizer.EmbeddingIdentity), trained.Model);
        var models = new IntentModelProvider(trained.Training, trained.Featurizer, cache, NullLogger<IntentModelProvider>.Instance);
        await models.GetModelAsync(CancellationToken.None);
        var slots = new SlotExtractor(new ProductOptionMatcher(ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));
        var harness = new RecommendationHarness();
        var router = new ConversationRouter(
            new LearnedIntentClassifier(models, trained.Featurizer, slots),
            [new RecommendFlow(harness.Service, harness.Options)],
            Options.Create(new ConversationRouterOptions()),
            TimeProvider.System);
        var conversation = new ConversationData { CustomerId = RecommendationHarness.DeskLampOwner };

        var reply = Assert.Single(await router.RouteAsync(new CustomerMessage(text, "webchat", "u1", "c1"), conversation, CancellationToken.None));

        Assert.Equal("Here are a few things you might like:", reply.Text);
        Assert.Contains(reply.Cards, card => card.Lines[0] == "Because you bought a Desk Lamp");
    }

    public void Dispose() => _directory.Dispose();
}
