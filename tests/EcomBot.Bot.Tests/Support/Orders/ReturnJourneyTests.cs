using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Chen Silva's delivered #W9571698 (Digital Camera, Coffee Maker, Pet Bed, Tablet $989.70) was paid with gift_card_7250692;
// Chen also has a credit card (credit_card_1565124), which a refund of that order cannot go to.
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

    private async Task<string> AskForTheTabletToACreditCard()
    {
        await _bot.Say("I want to return something from #W9571698");
        Assert.Contains("Which items", await _bot.Say("Chen Silva 46281"), StringComparison.Ordinal);
        return await _bot.Say("The tablet, refunded to my credit card.");
    }

    [Fact]
    public async Task ARefundToAMethodTheOrderWasNotPaidWithIsRefusedInPlainWordsWithWhereItCanGo()
    {
        var refused = await AskForTheTabletToACreditCard();

        Assert.Contains("I can't refund order #W9571698 to a credit card", refused, StringComparison.Ordinal);
        Assert.Contains("only to gift card (balance $59.00), the method the order was paid with", refused, StringComparison.Ordinal);
        Assert.Contains("Where should the refund go instead?", refused, StringComparison.Ordinal);
        var summary = await _bot.Say("Ugh, fine, my gift card then.");
        Assert.Contains("Refund of $989.70 to gift card (balance $59.00)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFallBackThatReturnsTheWholeOrderAfterTheRefusalTakesEveryItemAndTheGiftCard()
    {
        await AskForTheTabletToACreditCard();

        var summary = await _bot.Say("That's annoying! Then return everything in that order, refunded to my gift card.");

        foreach (var item in new[] { "Digital Camera", "Coffee Maker", "Pet Bed", "Tablet" })
        {
            Assert.Contains(item, summary, StringComparison.Ordinal);
        }
        Assert.Contains("to gift card (balance $59.00)", summary, StringComparison.Ordinal);
        Assert.Contains("return requested", await _bot.Say("yes"), StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W9571698");
        Assert.Equal(["5952720925", "6065192424", "7381052709", "9973034634"], (order.ReturnItems ?? []).Order(StringComparer.Ordinal));
        Assert.Equal("gift_card_7250692", order.ReturnPaymentMethodId);
    }
}
