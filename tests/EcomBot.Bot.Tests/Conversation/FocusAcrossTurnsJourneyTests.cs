using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Conversation;

// Mia Moore (mia.moore8091@example.com) has delivered #W5544629 (Bookshelf, Electric Toothbrush; tracking 786499816457),
// pending #W3130288 and cancelled #W8377068. The whole bot with its trained router, as a customer talks to it.
public sealed class FocusAcrossTurnsJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    private async Task SeeOrderAsync(string orderId)
    {
        await _bot.SayTextAsync($"where is my order {orderId}?");
        Assert.Contains($"Order {orderId}", await _bot.SayTextAsync("mia.moore8091@example.com"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionAboutTheOrderJustShownIsAnsweredForThatOrderWithoutAskingWhichOne()
    {
        await SeeOrderAsync("#W5544629");

        var tracking = await _bot.SayTextAsync("what's the tracking number?");

        Assert.Contains("786499816457", tracking, StringComparison.Ordinal);
        Assert.DoesNotContain("Which order", tracking, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItMeansTheOrderInFocusWhenAFlowThatActsStarts()
    {
        await SeeOrderAsync("#W3130288");

        var reason = await _bot.SayTextAsync("I want to cancel it");

        Assert.Contains("Why would you like to cancel order #W3130288", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Which order", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrderInFocusIsRefusedInThePolicysTermsWhenTheFlowCannotActOnIt()
    {
        await SeeOrderAsync("#W5544629");

        var refused = await _bot.SayTextAsync("please cancel that order");

        Assert.Contains("Only pending orders can be cancelled; order #W5544629 was delivered", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointingAtTheOrderInFocusAnswersTheQuestionWhichOrder()
    {
        await SeeOrderAsync("#W5544629");
        var asked = await _bot.SayTextAsync("I'd like to check an order");

        var shown = await _bot.SayTextAsync("that order please");

        Assert.Contains("Which order", asked, StringComparison.Ordinal);
        Assert.Contains("Order #W5544629 is delivered", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherOrderIsNotTheOrderInFocus()
    {
        await SeeOrderAsync("#W5544629");

        var asked = await _bot.SayTextAsync("where is my other order?");

        Assert.Contains("Which order", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingItsShippingAddressChangesThePendingOrdersAddressNotTheAccountsDefault()
    {
        await SeeOrderAsync("#W3130288");

        var asked = await _bot.SayTextAsync("change its shipping address");

        Assert.Contains("Where should order #W3130288 ship?", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenAProductOfTheirsArrivesIsAnsweredForTheOrderThatHoldsItEvenWithAnotherOrderInFocus()
    {
        await SeeOrderAsync("#W5544629");

        var shown = await _bot.SayTextAsync("when is my vacuum cleaner arriving?");

        Assert.Contains("Order #W3130288 is pending", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenAProductOfTheirsArrivesIsAnOrderQuestionWithNothingInFocus()
    {
        await _bot.SayTextAsync("when is my vacuum cleaner arriving?");

        var shown = await _bot.SayTextAsync("mia.moore8091@example.com");

        Assert.Contains("Order #W3130288 is pending", shown, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
