using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customer (shipped db.json): Fatima Wilson (fatima.wilson5906@example.com) has delivered #W7990410 and
// pending #W1443906.
public sealed class CancelDeliveredOrderJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task CancellingADeliveredOrderIsRefusedWithThePolicysReasonAndTheOrderStaysDelivered()
    {
        await _bot.SayTextAsync("please cancel order #W7990410");
        var replies = await _bot.SayAsync("fatima.wilson5906@example.com");
        var refusal = string.Join("\n", replies.Select(r => r.Text));

        Assert.Contains("Only pending orders can be cancelled", refusal, StringComparison.Ordinal);
        Assert.Contains("order #W7990410 was delivered", refusal, StringComparison.Ordinal);
        Assert.Contains("return items", SupportJourneyBot.Choices(replies));
        var order = await _bot.Store.GetOrderAsync("#W7990410");
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Null(order.CancelReason);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W1443906")).Status);
    }

    [Fact]
    public async Task TheReturnOfferedInsteadStartsAReturnForTheCustomersDeliveredOrders()
    {
        await _bot.SayTextAsync("please cancel order #W7990410");
        await _bot.SayTextAsync("fatima.wilson5906@example.com");

        var replies = await _bot.SayAsync("return items");

        Assert.StartsWith("Which order would you like to return items from?", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(["#W7990410 (delivered)", "#W4556683 (delivered)"], SupportJourneyBot.Choices(replies));
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    public void Dispose() => _bot.Dispose();
}
