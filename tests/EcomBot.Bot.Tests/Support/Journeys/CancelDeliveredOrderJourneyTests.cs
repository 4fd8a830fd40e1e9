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
        Assert.Contains(replies.Where(r => r.SuggestedActions is not null).SelectMany(r => r.SuggestedActions.Actions), a => a.Title == "return items");
        var order = await _bot.Store.GetOrderAsync("#W7990410");
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Null(order.CancelReason);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W1443906")).Status);
    }

    public void Dispose() => _bot.Dispose();
}
