using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos (ivan.santos3158@example.com, zip 75277) has delivered #W6893533 and pending #W8770097 in the demo store;
// #W4316152 belongs to Aarav Anderson.
public sealed class OrderSupportJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    [Fact]
    public async Task OrderTalkFirstAsksTheCustomerToIdentifyThenShowsTheOrderWithItsTracking()
    {
        Assert.Contains("confirm who you are", await _bot.Say("where is my order #W6893533"), StringComparison.Ordinal);
        var reply = await _bot.Say("it's ivan.santos3158@example.com");
        Assert.Equal("ivan_santos_6635", _bot.Conversation.CustomerId);
        Assert.Contains("Order #W6893533 is delivered.", reply, StringComparison.Ordinal);
        Assert.Contains("Tracking:", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomerCanIdentifyByNameAndZipAndPickAnOrderFromSuggestedActions()
    {
        await _bot.Say("where is my order");
        Assert.Contains("Which order", await _bot.Say("Ivan Santos 75277"), StringComparison.Ordinal);
        var choice = _bot.LastReplies.SelectMany(r => r.SuggestedActions).First(a => a.StartsWith("#W8770097", StringComparison.Ordinal));
        Assert.Contains("Order #W8770097 is pending.", await _bot.Say(choice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDetailsAreReAskedAndRepeatedFailuresStopAsking()
    {
        await _bot.Say("where is my order");
        Assert.Contains("couldn't find an account", await _bot.Say("nobody@example.com"), StringComparison.Ordinal);
        await _bot.Say("nobody2@example.com");
        await _bot.Say("nobody3@example.com");
        Assert.Null(_bot.Conversation.CustomerId);
        Assert.NotEqual("order-status", _bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task AnotherCustomersOrderIdIsRefusedAsNotFound()
    {
        await _bot.Say("where is my order");
        await _bot.Say("ivan.santos3158@example.com");
        var reply = await _bot.Say("#W4316152");
        Assert.Contains("Order not found", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Anderson", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingADeliveredOrderIsRefusedInThePolicysTermsWithAlternatives()
    {
        await _bot.Say("cancel order #W6893533");
        var reply = await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("Only pending orders can be cancelled", reply, StringComparison.Ordinal);
        Assert.Contains("return items", _bot.LastReplies.SelectMany(r => r.SuggestedActions));
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }

    [Fact]
    public async Task APendingOrderIsCancelledOnlyAfterAnExplicitYes()
    {
        await _bot.Say("cancel order #W8770097");
        Assert.Contains("Why would you like to cancel", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
        Assert.Contains("Please confirm", await _bot.Say("no longer needed"), StringComparison.Ordinal);
        Assert.Contains("is now cancelled", await _bot.Say("yes"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, (await _bot.Store.GetOrderAsync("#W8770097")).Status);
    }

    [Fact]
    public async Task ACancellationPaidByPayPalSaysWhenThatRefundArrivesAndNothingOfGiftCards()
    {
        await _bot.Say("cancel order #W8770097");
        await _bot.Say("ivan.santos3158@example.com");
        await _bot.Say("no longer needed");
        var done = await _bot.Say("yes");
        Assert.Contains("$544.29 will be refunded to the original payment method, PayPal within 5 to 7 business days.", done, StringComparison.Ordinal);
        Assert.DoesNotContain("gift card", done, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnythingButYesAtTheConfirmationChangesNothing()
    {
        await _bot.Say("cancel order #W8770097");
        await _bot.Say("ivan.santos3158@example.com");
        await _bot.Say("ordered by mistake");
        Assert.Contains("nothing has changed", await _bot.Say("hmm not sure"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W8770097")).Status);
    }

    [Fact]
    public async Task TheCustomerIsIdentifiedOncePerConversation()
    {
        await _bot.Say("where is my order #W6893533");
        await _bot.Say("ivan.santos3158@example.com");
        var reply = await _bot.Say("where is my order");
        Assert.DoesNotContain("confirm who you are", reply, StringComparison.Ordinal);
        Assert.Contains("Order #W6893533 is delivered", reply, StringComparison.Ordinal);
    }
}
