using EcomBot.TestSupport;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Tests.Cart;

/// <summary>The router with the cart flow over the demo catalogue and an in-process cart, through the app's cart and
/// recommendations plugins. Nothing is classified except the card button messages (read by pattern) and what a test scripts.</summary>
internal sealed class CartHarness
{
    public const string CheckoutUrl = "https://shop.example/checkout";

    /// <summary>In the demo catalogue: a T-Shirt (black, polyester, S, crew neck) in stock at $52.88.</summary>
    public const string InStockShirt = "1176194968";

    /// <summary>In the demo catalogue: a T-Shirt (red, cotton, S, crew neck) out of stock.</summary>
    public const string OutOfStockShirt = "3542102174";

    private readonly TestApp _app;

    /// <param name="afterOrderSuggestions">How many products bought together with the cart are suggested after
    /// check-out (0 switches that off, as most of these tests want).</param>
    public CartHarness(Dictionary<string, IntentPrediction>? script = null, int afterOrderSuggestions = 0)
    {
        _app = TestApp.Create(
            settings: new Dictionary<string, string?>
            {
                ["Cart:CheckoutUrl"] = CheckoutUrl,
                ["Cart:MaxQuantityPerItem"] = "2",
                ["Recommendations:AfterOrderCount"] = afterOrderSuggestions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            signals: Signals);
        Router = _app.RouterWith(new CardButtonIntents(new FakeIntentClassifier(script ?? [])), [_app.Flow<CartFlow>()]);
    }

    public ICartStore Carts => _app.Get<ICartStore>();

    public RecordedSignals Signals { get; } = new();

    public ConversationRouter Router { get; }

    public ConversationData Conversation { get; } = new();

    public async Task<BotReply> SayAsync(string text) => (await SayAllAsync(text))[0];

    public Task<IReadOnlyList<BotReply>> SayAllAsync(string text) =>
        Router.RouteAsync(new CustomerMessage(text, "test", "shopper-1", "conversation-1"), Conversation, CancellationToken.None);

    public async Task<BotReply> PressAsync(CardButton button) =>
        (await Router.RouteAsync(PressedButton.Message(button, "test", "shopper-1", "conversation-1"), Conversation, CancellationToken.None))[0];
}
