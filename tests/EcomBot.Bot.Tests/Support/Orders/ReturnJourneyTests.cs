using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos's delivered order #W6893533 holds a Garden Hose (5206946487, $95.08) and Wireless Earbuds, paid by paypal_6151711.
public sealed class ReturnJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    private async Task ChooseTheHoseAndOriginalPayment()
    {
        await _bot.Say("I want to return something from #W6893533");
        Assert.Contains("Which items", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
        Assert.Contains("Where should the refund go", await _bot.Say("the garden hose"), StringComparison.Ordinal);
        var summary = await _bot.Say("original payment method");
        Assert.Contains("Garden Hose", summary, StringComparison.Ordinal);
        Assert.Contains("Refund of $95.08 to PayPal", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Wireless Earbuds", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReturnListsItsDetailsAndStartsAfterAnExplicitYes()
    {
        await ChooseTheHoseAndOriginalPayment();
        Assert.Contains("return requested", await _bot.Say("yes"), StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W6893533");
        Assert.Equal(OrderStatus.ReturnRequested, order.Status);
        Assert.Equal(["5206946487"], order.ReturnItems);
        Assert.Equal("paypal_6151711", order.ReturnPaymentMethodId);
    }

    [Fact]
    public async Task AfterTheReturnTheOrdersStatusReadsAsASentence()
    {
        await ChooseTheHoseAndOriginalPayment();
        await _bot.Say("yes");
        var status = await _bot.Say("where is my order #W6893533");
        Assert.Contains("Order #W6893533 is waiting for the return you requested.", status, StringComparison.Ordinal);
        Assert.DoesNotContain("is return requested", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoAtTheReturnConfirmationChangesNothing()
    {
        await ChooseTheHoseAndOriginalPayment();
        Assert.Contains("nothing has changed", await _bot.Say("no"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }
}
