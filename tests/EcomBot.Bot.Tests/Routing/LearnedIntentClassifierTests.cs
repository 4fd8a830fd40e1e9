using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Routing.Training;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.Bot.Tests.Routing;

[Collection(TrainedRouterCollection.Name)]
public sealed class LearnedIntentClassifierTests : IDisposable
{
    private static readonly SlotExtractor Slots = new(new ProductOptionMatcher(
        ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));

    private readonly TrainedRouterFixture _router;
    private readonly TemporaryDirectory _directory = new();
    private readonly IntentModelProvider _provider;

    public LearnedIntentClassifierTests(TrainedRouterFixture router)
    {
        _router = router;
        var cache = new IntentModelCache(_directory.Path);
        cache.Save(IntentModelCache.Key(router.Training, router.Featurizer.Hyperparameters, router.Featurizer.EmbeddingIdentity), router.Model);
        _provider = new IntentModelProvider(router.Training, router.Featurizer, cache, NullLogger<IntentModelProvider>.Instance);
    }

    [Fact]
    public async Task BeforeTheModelIsReadyEveryMessageIsUnknownButSlotsAreFound()
    {
        var classifier = new LearnedIntentClassifier(_provider, _router.Featurizer, Slots);

        var prediction = await classifier.ClassifyAsync("where is order #W2378156", CancellationToken.None);

        Assert.Equal(Intents.Unknown, prediction.Intent);
        Assert.Equal(0, prediction.Confidence);
        Assert.Equal("#W2378156", prediction.Slot(SlotKeys.OrderId));
    }

    [Theory]
    [InlineData("hey, where's my order #W2378156? it still hasn't shown up", Intents.TrackOrder)]
    [InlineData("STOP", Intents.OutreachStop)]
    [InlineData("could you show me some leather backpacks under $100", Intents.ProductSearch)]
    [InlineData("I would like to get my money back for the broken kettle", Intents.GetRefund)]
    public async Task OnceReadyMessagesGetTheirIntentWithAConfidence(string text, string intent)
    {
        await _provider.GetModelAsync(CancellationToken.None);
        var classifier = new LearnedIntentClassifier(_provider, _router.Featurizer, Slots);

        var prediction = await classifier.ClassifyAsync(text, CancellationToken.None);

        Assert.Equal(intent, prediction.Intent);
        Assert.InRange(prediction.Confidence, 0.5, 1.0);
    }

    [Fact]
    public async Task SlotsComeWithTheIntent()
    {
        await _provider.GetModelAsync(CancellationToken.None);
        var classifier = new LearnedIntentClassifier(_provider, _router.Featurizer, Slots);

        var prediction = await classifier.ClassifyAsync("any black leather backpacks under $100?", CancellationToken.None);

        Assert.Equal("100", prediction.Slot(SlotKeys.PriceMax));
        Assert.Equal("black", prediction.Slot("option:color"));
        Assert.Equal("leather", prediction.Slot("option:material"));
    }

    public void Dispose() => _directory.Dispose();
}
