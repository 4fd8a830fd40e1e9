using EcomBot.TestSupport;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>
/// The shop as a customer meets it: the learned classifier (trained once by <see cref="TrainedRouterFixture"/>),
/// card button patterns in front of it, the router with the discovery and cart flows, real product search over
/// the shipped catalogue in an embedded index, the demo store, and an in-process cart, all through the app's plugins.
/// </summary>
internal sealed class ShopHarness
{
    private readonly TestApp _app;

    private ShopHarness(TrainedRouterFixture trained, string cacheDirectory)
    {
        _app = TestApp.Create(
            settings: new Dictionary<string, string?> { ["Cart:CheckoutUrl"] = "https://shop.example/checkout", ["Recommendations:AfterOrderCount"] = "0" },
            signals: Signals);
        Router = _app.RouterWith(new CardButtonIntents(trained.Classifier(cacheDirectory)), [_app.Flow<DiscoveryFlow>(), _app.Flow<CartFlow>()]);
    }

    public ConversationRouter Router { get; }

    public ICartStore Carts => _app.Get<ICartStore>();

    public RecordedSignals Signals { get; } = new();

    public ConversationData Conversation { get; } = new();

    public static Task<ShopHarness> StartAsync(TrainedRouterFixture trained, string cacheDirectory) =>
        Task.FromResult(new ShopHarness(trained, cacheDirectory));

    /// <summary>The shipped catalogue, ingested once per test run with the shared encoder.</summary>
    public static Task<ProductSearch> SearchAsync() => ShippedKnowledge.ProductsAsync();

    /// <summary>Sends a message and returns the bot's first reply (the answer; anything after it is an offer or a nudge).</summary>
    public async Task<BotReply> SayAsync(string text) => (await SayAllAsync(text))[0];

    public Task<IReadOnlyList<BotReply>> SayAllAsync(string text) => SendAsync(new CustomerMessage(text, "test", "shopper-1", "conversation-1"));

    /// <summary>Presses a card button and returns the bot's first reply.</summary>
    public async Task<BotReply> PressAsync(CardButton button) =>
        (await SendAsync(PressedButton.Message(button, "test", "shopper-1", "conversation-1")))[0];

    private async Task<IReadOnlyList<BotReply>> SendAsync(CustomerMessage message)
    {
        var replies = await Router.RouteAsync(message, Conversation, CancellationToken.None);
        Assert.NotEmpty(replies);
        return replies;
    }
}
