using EcomBot.TestSupport;
using EcomBot.Bot.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Routing;
using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>
/// The shop as a customer meets it: the learned classifier (trained once by <see cref="TrainedRouterFixture"/>),
/// card button patterns in front of it, the router with the discovery and cart flows, real product search over
/// the shipped catalogue in an embedded index, the demo store, and an in-process cart.
/// </summary>
internal sealed class ShopHarness
{
    private ShopHarness(ConversationRouter router, InMemoryCartStore carts, RecordedSignals signals)
    {
        Router = router;
        Carts = carts;
        Signals = signals;
    }

    public ConversationRouter Router { get; }

    public InMemoryCartStore Carts { get; }

    public RecordedSignals Signals { get; }

    public ConversationData Conversation { get; } = new();

    public static async Task<ShopHarness> StartAsync(TrainedRouterFixture trained, string cacheDirectory)
    {
        var cache = new IntentModelCache(cacheDirectory);
        cache.Save(IntentModelCache.Key(trained.Training, trained.Featurizer.Hyperparameters, trained.Featurizer.EmbeddingIdentity), trained.Model);
        var models = new IntentModelProvider(trained.Training, trained.Featurizer, cache, NullLogger<IntentModelProvider>.Instance);
        await models.GetModelAsync(CancellationToken.None);
        var slots = new SlotExtractor(new ProductOptionMatcher(ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));
        var classifier = new CardButtonIntents(new LearnedIntentClassifier(models, trained.Featurizer, slots));

        var carts = new InMemoryCartStore();
        var signals = new RecordedSignals();
        var catalogue = new CatalogueItems(DemoData.FreshStore());
        var cart = new CartActions(carts, catalogue, signals, Options.Create(new CartOptions { CheckoutUrl = "https://shop.example/checkout" }));
        IConversationFlow[] flows =
        [
            new DiscoveryFlow(new DiscoverySearch(await SearchAsync()), new DiscoveryAnswers(catalogue, signals), cart, catalogue, signals),
            new CartFlow(cart),
        ];
        var router = new ConversationRouter(classifier, flows, Options.Create(new ConversationRouterOptions()), TimeProvider.System);
        return new ShopHarness(router, carts, signals);
    }

    /// <summary>The shipped catalogue, ingested once per test run with the shared encoder.</summary>
    public static Task<ProductSearch> SearchAsync() => ShippedKnowledge.ProductsAsync();

    /// <summary>Sends a message and returns the bot's first reply (the answer; anything after it is an offer or a nudge).</summary>
    public async Task<BotReply> SayAsync(string text) => (await SayAllAsync(text))[0];

    public async Task<IReadOnlyList<BotReply>> SayAllAsync(string text)
    {
        var replies = await Router.RouteAsync(new CustomerMessage(text, "test", "shopper-1", "conversation-1"), Conversation, CancellationToken.None);
        Assert.NotEmpty(replies);
        return replies;
    }
}

/// <summary>Profile signals recorded in memory, for asserting what a turn told the profile.</summary>
internal sealed class RecordedSignals : IProfileSignals
{
    private readonly List<ProfileSignal> _signals = [];

    public IReadOnlyList<ProfileSignal> All => _signals;

    public bool Record(ProfileSignal signal)
    {
        _signals.Add(signal);
        return true;
    }
}
