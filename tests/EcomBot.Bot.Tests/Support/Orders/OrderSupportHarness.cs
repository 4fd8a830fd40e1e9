using EcomBot.TestSupport;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Tests.Support.Orders;

/// <summary>The real router and order flows over a fresh demo store, with a fixed classifier so the tests
/// exercise the flow logic rather than the model.</summary>
internal sealed class OrderSupportHarness : IDisposable
{
    public const string ReturnForGaming = "I just quit gaming, so I want to return everything that's for gaming.";
    public const string ReturnAllButGaming = "I just got into gaming, so I want to return everything that isn't for gaming.";
    public const string CancelOrReturnAllButBoots = "I have money trouble, so I want to cancel or return all the orders I can, except the boots.";
    public const string ReturnFromTwoOrders = "Please return the two skateboards, the smart watch and the e-reader.";

    private static readonly Dictionary<string, (string, double)> Intents = new()
    {
        [ReturnForGaming] = ("get_refund", 0.95),
        [ReturnAllButGaming] = ("get_refund", 0.95),
        [CancelOrReturnAllButBoots] = ("get_refund", 0.95),
        [ReturnFromTwoOrders] = ("get_refund", 0.95),
        ["I want to return something from #W7387996"] = ("get_refund", 0.95),
        ["I want to return something from #W5490111"] = ("get_refund", 0.95),
        ["where is my order"] = ("track_order", 0.95),
        ["where is my order #W6893533"] = ("track_order", 0.95),
        ["I want to cancel an order"] = ("cancel_order", 0.95),
        ["cancel order #W6893533"] = ("cancel_order", 0.95),
        ["cancel order #W8770097"] = ("cancel_order", 0.95),
        ["I want to return something from #W6893533"] = ("get_refund", 0.95),
        ["I want to return something from #W7553978"] = ("get_refund", 0.95),
        ["I want to return something from #W9571698"] = ("get_refund", 0.95),
        ["cancel the keyboard from order #W9962383 but keep the kettle"] = ("cancel_order", 0.95),
        ["cancel order #W9962383"] = ("cancel_order", 0.95),
        ["remove the kettle from my pending order #W9962383"] = ("change_order", 0.95),
        ["I want to exchange something from #W6893533"] = ("change_order", 0.95),
        ["change the shipping address of #W8770097"] = ("change_shipping_address", 0.95),
        ["change the shipping address of #W6893533"] = ("change_shipping_address", 0.95),
        ["I want to exchange something from #W8770097"] = ("change_order", 0.95),
        ["I want to exchange something from #W8161562"] = ("change_order", 0.95),
        ["I want to exchange something from #W2378156"] = ("change_order", 0.95),
        ["I want to change the items of an order"] = ("change_order", 0.95),
        ["change the items of #W8770097"] = ("change_order", 0.95),
        ["change the items of #W9911714"] = ("change_order", 0.95),
        ["I want to exchange something from #W3916020"] = ("change_order", 0.95),
        ["I want to exchange something from #W3947049"] = ("change_order", 0.95),
        ["I'd prefer my other card as the payment or refund method."] = ("change_payment_method", 0.95),
        ["change the items of #W1130240"] = ("change_order", 0.95),
        ["change the items of #W9348897"] = ("change_order", 0.95),
        ["I want to pay for an order differently"] = ("change_payment_method", 0.95),
        ["pay for order #W4862767 differently"] = ("change_payment_method", 0.95),
        ["pay for order #W1867876 differently"] = ("change_payment_method", 0.95),
        ["pay for order #W1080318 differently"] = ("change_payment_method", 0.95),
        ["pay for order #W8770097 differently"] = ("change_payment_method", 0.95),
    };

    private readonly TestApp _app = TestApp.Create();
    private readonly ConversationRouter _router;

    public OrderSupportHarness()
    {
        _router = _app.RouterWith(
            FakeIntentClassifier.Fixed(Intents),
            [_app.Flow<OrderStatusFlow>(), _app.Flow<CancelOrderFlow>(), _app.Flow<ReturnItemsFlow>(),
                _app.Flow<ChangeItemsFlow>(), _app.Flow<ModifyOrderAddressFlow>(), _app.Flow<ChangePaymentFlow>()]);
    }

    public ICommerceStore Store => _app.Store;

    /// <summary>The app's services, for tests that look at what the turns' kernel functions recorded.</summary>
    public IServiceProvider Services => _app.Services;

    public ConversationData Conversation { get; } = new();

    public List<BotReply> LastReplies { get; } = [];

    /// <summary>Every reply of the conversation, to check what was ever shown to the customer.</summary>
    public List<BotReply> AllReplies { get; } = [];

    /// <summary>Every text and suggested action the bot has shown.</summary>
    public IEnumerable<string> EverythingShown => AllReplies.SelectMany(r => r.SuggestedActions.Prepend(r.Text));

    public IReadOnlyList<string> Suggestions => [.. LastReplies.SelectMany(r => r.SuggestedActions)];

    public async Task<string> Say(string text)
    {
        var replies = await _router.RouteAsync(new CustomerMessage(text, "test", "u1", "c1"), Conversation, CancellationToken.None);
        LastReplies.Clear();
        LastReplies.AddRange(replies);
        AllReplies.AddRange(replies);
        return string.Join(" | ", replies.Select(r => r.Text));
    }

    public void Dispose() => _app.Dispose();
}
