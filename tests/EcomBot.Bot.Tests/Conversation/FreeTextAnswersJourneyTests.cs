using EcomBot.Bot.Commerce.Records;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Conversation;

// Answers to the bot's own questions in the customer's words, not the buttons' text. Mia Moore
// (mia.moore8091@example.com): pending #W3130288; delivered #W5544629 holds a blue, low-speed, AA Electric Toothbrush
// (black ones available: high speed rechargeable 8098621301, high speed AA 8798690242). Raj Sanchez
// (raj.sanchez2046@example.com): delivered #W1067251 (Wireless Earbuds, Grill) paid by credit_card_3362387.
public sealed class FreeTextAnswersJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Theory]
    [InlineData("I don't need it anymore", "no longer needed")]
    [InlineData("changed my mind", "no longer needed")]
    [InlineData("I ordered the wrong size by accident", "ordered by mistake")]
    public async Task ACancellationReasonInOwnWordsIsTheStoresReason(string answer, string reason)
    {
        await _bot.SayTextAsync("I want to cancel order #W3130288");
        Assert.Contains("Why would you like to cancel", await _bot.SayTextAsync("mia.moore8091@example.com"), StringComparison.Ordinal);

        var confirm = await _bot.SayTextAsync(answer);

        Assert.Contains($"cancel order #W3130288 (reason: {reason})", confirm, StringComparison.Ordinal);
        await _bot.SayTextAsync("yes");
        Assert.Equal(OrderStatus.Cancelled, (await _bot.Store.GetOrderAsync("#W3130288")).Status);
    }

    [Fact]
    public async Task AReasonTheStoreDoesNotRecordIsAskedAgainNamingTheTwoItDoes()
    {
        await _bot.SayTextAsync("I want to cancel order #W3130288");
        await _bot.SayTextAsync("mia.moore8091@example.com");

        var again = await _bot.SayTextAsync("the weather is nice");

        Assert.Contains("no longer needed, or was it ordered by mistake?", again, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W3130288")).Status);
    }

    [Fact]
    public async Task BackToMyCardMeansTheCardTheOrderWasPaidWith()
    {
        await _bot.SayTextAsync("I want to return the wireless earbuds from order #W1067251");
        var where = await _bot.SayTextAsync("raj.sanchez2046@example.com");
        Assert.Contains("Where should the refund go?", where, StringComparison.Ordinal);

        var confirm = await _bot.SayTextAsync("back to my card please");

        Assert.Contains("Please confirm", confirm, StringComparison.Ordinal);
        Assert.Contains("credit card ending", confirm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AColourTwoListedVariantsShareNarrowsTheListToThemAndAWordPicksOne()
    {
        await _bot.SayTextAsync("I want to exchange the electric toothbrush from order #W5544629");
        Assert.Contains("Which Electric Toothbrush would you like", await _bot.SayTextAsync("mia.moore8091@example.com"), StringComparison.Ordinal);

        var narrowed = await _bot.SayAsync("black please");
        var choices = SupportJourneyBot.Choices(narrowed);
        var picked = await _bot.SayTextAsync("the rechargeable one");

        Assert.Equal(2, choices.Count);
        Assert.All(choices, c => Assert.Contains("black", c, StringComparison.Ordinal));
        Assert.DoesNotContain("No available", string.Join("\n", narrowed.Select(r => r.Text)), StringComparison.Ordinal);
        Assert.Contains("Which payment method", picked, StringComparison.Ordinal);
        await _bot.SayTextAsync("PayPal");
        var state = await _bot.ConversationAsync();
        Assert.Contains("8098621301", state.FlowState, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("everything except the bookshelf")]
    [InlineData("all but the bookshelf")]
    [InlineData("not the bookshelf")]
    public async Task EverythingExceptAnItemChoosesTheOtherItems(string answer)
    {
        await _bot.SayTextAsync("I want to return items from order #W5544629");
        Assert.Contains("Which items", await _bot.SayTextAsync("mia.moore8091@example.com"), StringComparison.Ordinal);

        var next = await _bot.SayTextAsync(answer);

        Assert.Contains("Where should the refund go?", next, StringComparison.Ordinal);
        var state = (await _bot.ConversationAsync()).FlowState!;
        Assert.Contains("1583904702", state, StringComparison.Ordinal);
        Assert.DoesNotContain("6735339143", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverythingExceptAnItemInTheRequestItselfIsReadTheSameWay()
    {
        await _bot.SayTextAsync("I want to return everything except the bookshelf from order #W5544629");

        var next = await _bot.SayTextAsync("mia.moore8091@example.com");

        Assert.Contains("Returning: Electric Toothbrush", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Bookshelf", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACardTheOrderWasNotPaidWithIsAnsweredWithWhereTheRefundCanGo()
    {
        await _bot.SayTextAsync("I want to return the bookshelf from order #W5544629");
        await _bot.SayTextAsync("mia.moore8091@example.com");

        var again = await _bot.SayTextAsync("back to my card please");

        Assert.Contains("I can't refund order #W5544629 to a card: a refund can go only to PayPal, the method the order was paid with", again, StringComparison.Ordinal);
        Assert.Contains("Where should the refund go instead?", again, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
