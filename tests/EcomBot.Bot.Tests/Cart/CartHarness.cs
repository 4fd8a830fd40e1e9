using EcomBot.TestSupport;
using EcomBot.Bot.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Discovery;
using EcomBot.Bot.Tests.Routing;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Cart;

/// <summary>The router with the cart flow over the demo catalogue and an in-process cart. Nothing is classified
/// except the card button messages (read by pattern) and what a test scripts.</summary>
internal sealed class CartHarness
{
    public const string CheckoutUrl = "https://shop.example/checkout";

    /// <summary>In the demo catalogue: a T-Shirt (black, polyester, S, crew neck) in stock at $52.88.</summary>
    public const string InStockShirt = "1176194968";

    /// <summary>In the demo catalogue: a T-Shirt (red, cotton, S, crew neck) out of stock.</summary>
    public const string OutOfStockShirt = "3542102174";

    public CartHarness(Dictionary<string, IntentPrediction>? script = null, ICheckoutSuggestions? suggestions = null)
    {
        var catalogue = new CatalogueItems(DemoData.FreshStore());
        var cart = new CartActions(
            Carts, catalogue, Signals, Options.Create(new CartOptions { CheckoutUrl = CheckoutUrl, MaxQuantityPerItem = 2 }), suggestions);
        Router = new ConversationRouter(
            new CardButtonIntents(new FakeIntentClassifier(script ?? [])),
            [new CartFlow(cart)],
            Options.Create(new ConversationRouterOptions()),
            TimeProvider.System);
    }

    public InMemoryCartStore Carts { get; } = new();

    public RecordedSignals Signals { get; } = new();

    public ConversationRouter Router { get; }

    public ConversationData Conversation { get; } = new();

    public async Task<BotReply> SayAsync(string text) => (await SayAllAsync(text))[0];

    public Task<IReadOnlyList<BotReply>> SayAllAsync(string text) =>
        Router.RouteAsync(new CustomerMessage(text, "test", "shopper-1", "conversation-1"), Conversation, CancellationToken.None);
}
