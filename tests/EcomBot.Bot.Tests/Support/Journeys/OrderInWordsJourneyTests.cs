using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Olivia Smith, zip 32177, has pending #W1348609 (Bicycle, Perfume, ...) and
// delivered #W3794101 (Cycling Helmet); Evelyn Wilson, zip 98148, has delivered #W6392164 (Cycling Helmet) and #W8042635
// (Wristwatch, ...); Lucas Brown, zip 60612, has delivered #W6239298 and #W8660475, both with a Bookshelf (only the
// second with a Yoga Mat), and #W9218746.
public sealed class OrderInWordsJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Theory]
    [InlineData("the second one", "Order #W3794101 is delivered.")]
    [InlineData("the pending one", "Order #W1348609 is pending.")]
    [InlineData("the first order", "Order #W1348609 is pending.")]
    [InlineData("the one with the bicycle", "Order #W1348609 is pending.")]
    public async Task AnOrderNamedInWordsIsTheOneShown(string answer, string shown)
    {
        await _bot.SayTextAsync("I'd like to check the status of my order");
        var offered = SupportJourneyBot.Choices(await _bot.SayAsync("Olivia Smith 32177"));

        var status = await _bot.SayTextAsync(answer);

        Assert.Equal(["#W1348609 (pending)", "#W3794101 (delivered)"], offered);
        Assert.StartsWith(shown, status, StringComparison.Ordinal);
        Assert.Null((await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task TheOrdersOfferedListWhatIsInThemSoTheCustomerCanNameOne()
    {
        await _bot.SayTextAsync("I'd like to return an item");

        var question = await _bot.SayTextAsync("Evelyn Wilson 98148");

        Assert.Contains("- #W6392164 (delivered): Cycling Helmet", question, StringComparison.Ordinal);
        Assert.Contains("- #W8042635 (delivered): Wristwatch, Indoor Security Camera, Jigsaw Puzzle, Fleece Jacket", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHelmetOneTakesTheOrderWithTheHelmetAndSaysWhichItTook()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayTextAsync("Evelyn Wilson 98148");

        var replies = await _bot.SayAsync("the helmet one");

        Assert.Equal("That's order #W6392164 (delivered): Cycling Helmet.", replies[0].Text);
        Assert.StartsWith("Which items from order #W6392164 would you like to return?", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task TheProductNamedInTheRequestTakesTheOnlyOrderHoldingItOnceTheCustomerIsKnown()
    {
        await _bot.SayTextAsync("I'd like to return my cycling helmet");

        var replies = await _bot.SayAsync("Evelyn Wilson 98148");

        Assert.Equal(
            ["Thanks, Evelyn, I found your account.", "That's order #W6392164 (delivered): Cycling Helmet."],
            replies.Take(2).Select(r => r.Text));
        // The request named the helmet, so the item is taken too and the next question is the refund's.
        Assert.StartsWith("Returning: Cycling Helmet (", replies[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("Where should the refund go?", replies[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsThatFitSeveralOrdersOfferOnlyThoseAndTheNextAnswerPicksAmongThem()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayTextAsync("Lucas Brown 60612");

        var narrowed = await _bot.SayAsync("the order with the bookshelf");
        var picked = await _bot.SayAsync("the one with the yoga mat");

        Assert.StartsWith("More than one order fits that. Which one do you mean?", narrowed[0].Text, StringComparison.Ordinal);
        Assert.Equal(["#W6239298 (delivered)", "#W8660475 (delivered)"], SupportJourneyBot.Choices(narrowed));
        Assert.StartsWith("That's order #W8660475 (delivered)", picked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatNamesNoOrderIsSaidPlainlyAndRepeatedFailureOffersAPerson()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayTextAsync("Evelyn Wilson 98148");

        var first = await _bot.SayAsync("the blue one");
        var second = await _bot.SayAsync("the blue one");

        Assert.StartsWith("I couldn't tell which order you mean. Please pick one below or type its number, like #W1234567.", first[0].Text, StringComparison.Ordinal);
        Assert.Equal(["#W6392164 (delivered)", "#W8042635 (delivered)"], SupportJourneyBot.Choices(first));
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Contains(second, r => r.Text.Contains("pass you to a person", StringComparison.Ordinal));
    }

    public void Dispose() => _bot.Dispose();
}
