using EcomBot.TestSupport;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Support.Orders;

/// <summary>Order changes through the Bot Framework edge with the real learned classifier (trained without the
/// held-back examples), so the requests below reach their flows by what the model predicts, not by a fixed table.</summary>
[Collection(TrainedRouterCollection.Name)]
public sealed class OrderChangesThroughTheLearnedRouterTests : IDisposable
{
    private static readonly SlotExtractor Slots = new(new ProductOptionMatcher(
        ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));

    private readonly TrainedRouterFixture _router;
    private readonly TemporaryDirectory _directory = new();
    private readonly TestApp _app = TestApp.Create();

    private ICommerceStore Store => _app.Store;

    public OrderChangesThroughTheLearnedRouterTests(TrainedRouterFixture router) => _router = router;

    [Fact]
    public async Task APaymentChangeInTheCustomersOwnWordsReachesThePaymentFlowAndIsMadeAfterYes()
    {
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), await BotAsync())
            .Send("I'd rather pay with my visa for order #W4862767")
            .AssertReply(reply => Assert.Contains("confirm who you are", Text(reply), StringComparison.Ordinal))
            .Send("sophia.thomas1364@example.com")
            .AssertReply(reply => Assert.Contains("I found your account", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                Assert.Contains("is paid with PayPal", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Visa credit card ending 9858", ((IMessageActivity)reply).SuggestedActions.Actions.Select(a => a.Title));
            })
            .Send("Visa credit card ending 9858")
            .AssertReply(reply => Assert.Contains("will be paid with Visa credit card ending 9858 instead of PayPal", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.Contains("now paid with Visa credit card ending 9858", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal("credit_card_7326294", (await Store.GetOrderAsync("#W4862767")).PaymentHistory[1].PaymentMethodId);
    }

    [Fact]
    public async Task AnItemChangeForAPendingOrderReachesTheItemChangeFlow()
    {
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), await BotAsync())
            .Send("change the office chair in my order #W8770097 to a leather one")
            .AssertReply(reply => Assert.Contains("confirm who you are", Text(reply), StringComparison.Ordinal))
            .Send("ivan.santos3158@example.com")
            .AssertReply(reply => Assert.Contains("I found your account", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith("Changing: Office Chair (", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith("Which Office Chair would you like instead of", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(OrderStatus.Pending, (await Store.GetOrderAsync("#W8770097")).Status);
    }

    [Fact]
    public async Task AnExchangeRequestReachesTheExchangeOfADeliveredOrder()
    {
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), await BotAsync())
            .Send("exchange items")
            .AssertReply(reply => Assert.Contains("confirm who you are", Text(reply), StringComparison.Ordinal))
            .Send("ivan.santos3158@example.com")
            .AssertReply(reply => Assert.Contains("I found your account", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Which order's items would you like to change?", Text(reply), StringComparison.Ordinal))
            .Send("#W6893533 (delivered)")
            .AssertReply(reply => Assert.Contains("Which items from order #W6893533 would you like to exchange?", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AnExchangeRequestNamingAProductReachesTheExchangeOfTheOrderHoldingIt()
    {
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), await BotAsync())
            .Send("I want to exchange the garden hose I received")
            .AssertReply(reply => Assert.Contains("confirm who you are", Text(reply), StringComparison.Ordinal))
            .Send("ivan.santos3158@example.com")
            .AssertReply(reply => Assert.Contains("I found your account", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Equal("That's order #W6893533 (delivered): Garden Hose, Wireless Earbuds.", Text(reply)))
            .AssertReply(reply => Assert.StartsWith("Exchanging: Garden Hose (length: 50ft, material: vinyl, color: black) $95.08", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith("Which Garden Hose would you like instead of", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Change the payment method", "Which order's payment method would you like to change?")]
    [InlineData("Change an order", "Which order's items would you like to change?")]
    public async Task ThePolicyAnswersOffersToActReachTheirFlows(string offer, string question)
    {
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), await BotAsync())
            .Send(offer)
            .AssertReply(reply => Assert.Contains("confirm who you are", Text(reply), StringComparison.Ordinal))
            .Send("ivan.santos3158@example.com")
            .AssertReply(reply => Assert.Contains("I found your account", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains(question, Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    public void Dispose() => _directory.Dispose();

    private static string Text(IActivity reply) => ((IMessageActivity)reply).Text;

    private Task<EcomBotActivityHandler> BotAsync()
    {
        var router = _app.RouterWith(
            _router.Classifier(_directory.Path),
            [_app.Flow<OrderStatusFlow>(), _app.Flow<CancelOrderFlow>(), _app.Flow<ReturnItemsFlow>(),
                _app.Flow<ChangeItemsFlow>(), _app.Flow<ModifyOrderAddressFlow>(), _app.Flow<ChangePaymentFlow>()]);
        var storage = new MemoryStorage();
        return Task.FromResult(new EcomBotActivityHandler(
            new ConversationState(storage), new UserState(storage), router, new ReplyRenderer(), Options.Create(new BotOptions())));
    }
}
