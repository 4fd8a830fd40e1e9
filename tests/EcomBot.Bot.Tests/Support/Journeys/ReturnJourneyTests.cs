using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Mia Moore (mia.moore8091@example.com) has delivered #W5544629 (Bookshelf,
// Electric Toothbrush 1583904702 at $195.84, paid with paypal_5181300); Evelyn Wilson, zip 98148, has delivered
// #W6392164 (one Cycling Helmet, paid with gift_card_8931217) and #W8042635.
public sealed class ReturnJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AReturnIsStartedOnlyAfterTheCustomerConfirmsTheListedDetails()
    {
        await _bot.SayTextAsync("I want to return the electric toothbrush from order #W5544629");
        var items = await _bot.SayTextAsync("mia.moore8091@example.com");
        var confirm = await _bot.SayTextAsync("original payment method");
        var untouched = await _bot.Store.GetOrderAsync("#W5544629");
        var done = await _bot.SayTextAsync("yes");

        // The request named the toothbrush: it is taken without asking, and said so.
        AssertContainsAll(items, "Returning: Electric Toothbrush", "Where should the refund go?");
        Assert.DoesNotContain("Which items", items, StringComparison.Ordinal);
        AssertContainsAll(confirm, "confirm", "#W5544629", "Electric Toothbrush", "$195.84", "to PayPal");
        Assert.Equal(OrderStatus.Delivered, untouched.Status);
        AssertContainsAll(done, "#W5544629", OrderStatus.ReturnRequested);
        var returned = await _bot.Store.GetOrderAsync("#W5544629");
        Assert.Equal(OrderStatus.ReturnRequested, returned.Status);
        Assert.Equal(["1583904702"], returned.ReturnItems);
        Assert.Equal("paypal_5181300", returned.ReturnPaymentMethodId);
    }

    [Fact]
    public async Task AnItemNamedToPickTheOrderIsTheItemReturnedWithoutAskingAgain()
    {
        await _bot.SayTextAsync("I want to return something I bought");
        await _bot.SayTextAsync("I'm Mia Garcia, zip 46229");

        var reply = await _bot.SayTextAsync("the action camera");

        AssertContainsAll(reply, "#W5490111", "Returning: Action Camera", "Where should the refund go?");
        Assert.DoesNotContain("Which items", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrderOfOneItemReturnsThatItemWithoutAskingWhichItems()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayAsync("Evelyn Wilson 98148");

        var reply = await _bot.SayTextAsync("#W6392164");

        AssertContainsAll(reply, "Returning: Cycling Helmet", "Where should the refund go?");
        Assert.DoesNotContain("Which items", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAtTheConfirmationLeavesTheOrderAsItWas()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        var orders = SupportJourneyBot.Choices(await _bot.SayAsync("Evelyn Wilson 98148"));
        await _bot.SayTextAsync("#W6392164");
        var confirm = await _bot.SayTextAsync("original payment method");
        var declined = await _bot.SayTextAsync("no");

        Assert.Equal(["#W6392164 (delivered)", "#W8042635 (delivered)"], orders);
        AssertContainsAll(confirm, "confirm", "#W6392164", "Cycling Helmet", "$196.73", "gift card (balance $");
        AssertContainsAll(declined, "#W6392164", "nothing has changed");
        var order = await _bot.Store.GetOrderAsync("#W6392164");
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Null(order.ReturnItems);
        Assert.Null((await _bot.ConversationAsync()).ActiveFlow);
    }

    [Theory]
    [InlineData("No, I don't want that.")]
    [InlineData("no - stop, those aren't the items I mean")]
    public async Task ANoWithMoreWordsAtTheConfirmationIsStillANoNotAnotherRequest(string answer)
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayAsync("Evelyn Wilson 98148");
        await _bot.SayTextAsync("#W6392164");
        await _bot.SayTextAsync("original payment method");

        var declined = await _bot.SayTextAsync(answer);

        AssertContainsAll(declined, "#W6392164", "nothing has changed");
        Assert.DoesNotContain("unsubscribed", declined, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6392164")).Status);
    }

    private static void AssertContainsAll(string reply, params string[] facts)
    {
        foreach (var fact in facts)
        {
            Assert.Contains(fact, reply, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _bot.Dispose();
}
