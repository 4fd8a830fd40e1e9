using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Mia Moore (mia.moore8091@example.com) has delivered #W5544629 (Bookshelf,
// Electric Toothbrush 1583904702) and pending #W3130288 (two Bookshelves, a Vacuum Cleaner, a Smart Watch and an
// Electric Toothbrush); Ivan Santos (ivan.santos3158@example.com) has delivered #W6893533 (Garden Hose 5206946487,
// Wireless Earbuds), paid by paypal_6151711.
public sealed class ItemsNamedInTheRequestJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AnExchangeOfANamedItemGoesStraightToTheNewOptionsAndChangesNothingWithoutAYes()
    {
        await _bot.SayTextAsync("I want to exchange the garden hose from order #W6893533");
        var options = await _bot.SayAsync("ivan.santos3158@example.com");
        await _bot.SayTextAsync("latex please");
        var summary = await _bot.SayTextAsync("paypal_6151711");
        var declined = await _bot.SayTextAsync("no");

        Assert.StartsWith("Exchanging: Garden Hose (length: 50ft, material: vinyl, color: black) $95.08", options[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Which Garden Hose would you like instead of", options[2].Text, StringComparison.Ordinal);
        Assert.Contains("Garden Hose (length: 50ft, material: vinyl, color: black) $95.08 -> 50ft, latex, black $102.90", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Wireless Earbuds", summary, StringComparison.Ordinal);
        Assert.Contains("nothing has changed", declined, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }

    [Fact]
    public async Task APendingOrdersNamedItemIsTakenForTheItemChange()
    {
        await _bot.SayTextAsync("I'd like to change the electric toothbrush in my order #W3130288");
        var replies = await _bot.SayAsync("mia.moore8091@example.com");

        Assert.StartsWith("Changing: Electric Toothbrush (", replies[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Which Electric Toothbrush would you like instead of", replies[2].Text, StringComparison.Ordinal);
        Assert.Equal("change-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AProductTheOrderHoldsTwiceIsAskedAboutAsBefore()
    {
        await _bot.SayTextAsync("I'd like to change the bookshelf in my order #W3130288");
        var replies = await _bot.SayAsync("mia.moore8091@example.com");

        Assert.DoesNotContain(replies, r => r.Text.StartsWith("Changing:", StringComparison.Ordinal));
        // The two bookshelves are listed by their options before the question.
        Assert.StartsWith("That fits 2 items of order #W3130288: Bookshelf (", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("Which items from order #W3130288 would you like to change?", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProductTheOrderDoesNotHoldLeavesTheItemsQuestion()
    {
        await _bot.SayTextAsync("I want to return the vacuum cleaner from order #W5544629");
        var replies = await _bot.SayAsync("mia.moore8091@example.com");

        Assert.DoesNotContain(replies, r => r.Text.StartsWith("Returning:", StringComparison.Ordinal));
        Assert.StartsWith("Which items from order #W5544629 would you like to return?", replies[1].Text, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
