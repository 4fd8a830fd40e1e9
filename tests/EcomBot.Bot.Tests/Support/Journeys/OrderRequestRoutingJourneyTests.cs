using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customer Isabella Sanchez (isabella.sanchez6218@example.com): pending #W4386313 (skateboard, bluetooth
// speaker), delivered #W1713682 (smart watch, hiking boots, bluetooth speaker, mechanical keyboard, makeup kit).
// These requests are read by the trained classifier as something else (compare, outreach_stop); their order verbs decide.
public sealed class OrderRequestRoutingJourneyTests : IDisposable
{
    private const string Email = "isabella.sanchez6218@example.com";
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AQuestionComparingTwoNamedOrdersIsAboutTheOrdersNotTheCatalogue()
    {
        var reply = await _bot.SayTextAsync("My two orders #W4386313 and #W1713682 are both placed, but one was much earlier. What's the difference between them?");

        Assert.DoesNotContain("matching items", reply, StringComparison.Ordinal);
        Assert.Equal("order-status", (await _bot.ConversationAsync()).ActiveFlow);
        var shown = await _bot.SayTextAsync(Email);
        Assert.Contains("#W4386313", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnItemSwapForTheSameModelReachesTheExchangeOfTheDeliveredOrder()
    {
        await _bot.SayTextAsync("My hiking boots arrived scuffed, please swap them for the exact same model.");

        var reply = await _bot.SayTextAsync(Email);

        Assert.Equal("change-items", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Contains("Hiking Boots", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingAnItemThatWasDeliveredStartsItsReturn()
    {
        await _bot.SayTextAsync("Please cancel the smart watch that was delivered to me.");

        var reply = await _bot.SayTextAsync(Email);

        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Contains("Smart Watch", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingTheMindInTheMiddleOfAReturnLeavesTheReturnForTheCancellation()
    {
        await _bot.SayTextAsync("I'd like to return the makeup kit from #W1713682");
        var asked = await _bot.SayTextAsync(Email);
        Assert.Contains("Where should the refund go?", asked, StringComparison.Ordinal);

        var reply = await _bot.SayTextAsync("hmm wait, forget it and cancel my pending order instead.");

        // The cancellation flow took the turn (which order it settles on is the order choice's business).
        Assert.Contains("cancel", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refund", reply, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("return-items", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W1713682")).Status);
    }

    public void Dispose() => _bot.Dispose();
}
