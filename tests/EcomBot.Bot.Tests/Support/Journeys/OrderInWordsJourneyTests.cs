using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Olivia Smith, zip 32177, has pending #W1348609 (Bicycle, Perfume, ...) and
// delivered #W3794101 (Cycling Helmet); Evelyn Wilson, zip 98148, has delivered #W6392164 (Cycling Helmet) and #W8042635
// (Wristwatch, ...); Lucas Brown, zip 60612, has delivered #W6239298 and #W8660475, both with a Bookshelf (only the
// second with a Yoga Mat), and #W9218746. Yusuf Khan, zip 75313, has two pending orders, #W1787190 and #W3579467 (an
// Electric Kettle); Juan Kim, zip 95120, has delivered #W2002172 (to San Jose) and #W5730905 (to San Antonio).
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
        // Two puzzles in one order are told apart by their options.
        Assert.Contains("- #W8042635 (delivered): Wristwatch, Indoor Security Camera, 2 × Jigsaw Puzzle (500, animals, expert; 2000, animals, intermediate), Fleece Jacket", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHelmetOneTakesTheOrderWithTheHelmetAndSaysWhichItTook()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayTextAsync("Evelyn Wilson 98148");

        var replies = await _bot.SayAsync("the helmet one");

        Assert.Equal("That's order #W6392164 (delivered): Cycling Helmet.", replies[0].Text);
        // The helmet named the order and is its only item: it is the item returned.
        Assert.StartsWith("Returning: Cycling Helmet", replies[1].Text, StringComparison.Ordinal);
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

    [Fact]
    public async Task NotRememberingTheNumberOfTheOnlyOrderOfferedTakesIt()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        var offered = SupportJourneyBot.Choices(await _bot.SayAsync("Olivia Smith 32177"));

        var replies = await _bot.SayAsync("I don't remember the order number.");

        Assert.Equal(["#W3794101 (delivered)"], offered);
        Assert.Equal("That's order #W3794101 (delivered): Cycling Helmet.", replies[0].Text);
        // Its only item is the one returned; nothing to choose between.
        Assert.StartsWith("Returning: Cycling Helmet", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotRememberingTheNumberListsTheOrdersInWordsAndAsksWhatWasInThem()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayTextAsync("Evelyn Wilson 98148");

        var replies = await _bot.SayAsync("I don't remember the order number.");

        Assert.StartsWith("No problem, you don't need the number. Which of these orders is it? Tell me what was in it, or where it was sent:", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("- #W6392164 (delivered): Cycling Helmet", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AnOrderNamedByTheCityItWasSentToIsTheOneShown()
    {
        await _bot.SayTextAsync("I'd like to check the status of my order");
        var question = await _bot.SayTextAsync("Juan Kim 95120");

        var status = await _bot.SayTextAsync("The one I sent to San Antonio.");

        Assert.Contains("- #W5730905 (delivered, to San Antonio): ", question, StringComparison.Ordinal);
        Assert.StartsWith("Order #W5730905 is delivered.", status, StringComparison.Ordinal);
        Assert.Contains("Ships to: ", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProductTheRequestNamesInAnOrderThatDoesNotQualifyIsRefusedInTheFlowsWords()
    {
        await _bot.SayTextAsync("I want to return my bicycle");

        var replies = await _bot.SayAsync("Olivia Smith 32177");

        Assert.Contains(replies, r => r.Text.StartsWith("Only delivered orders can be returned; order #W1348609 is pending.", StringComparison.Ordinal));
        Assert.Null((await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task CancellingAllPendingOrdersCancelsOneAfterAnotherWithoutAskingAgain()
    {
        await _bot.SayTextAsync("I want to cancel all my pending orders, I ordered them by mistake.");
        var first = await _bot.SayAsync("Yusuf Khan 75313");

        var afterFirst = await _bot.SayAsync("yes");
        var afterSecond = await _bot.SayTextAsync("yes");

        Assert.Contains(first, r => r.Text.StartsWith("I'll go through these 2 orders one at a time: #W1787190, #W3579467.", StringComparison.Ordinal));
        Assert.StartsWith("Please confirm: cancel order #W1787190", first[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Order #W1787190 is now cancelled.", afterFirst[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Next, order #W3579467 (pending): Electric Kettle.", afterFirst[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Please confirm: cancel order #W3579467", afterFirst[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Order #W3579467 is now cancelled.", afterSecond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothOfThemReturnsFromOneOrderThenTheOther()
    {
        await _bot.SayTextAsync("I'd like to return an item");
        await _bot.SayTextAsync("Evelyn Wilson 98148");

        var both = await _bot.SayAsync("Both of them: I want to return everything.");
        await _bot.SayAsync("all items");
        await _bot.SayAsync("the original payment method");
        var next = await _bot.SayAsync("yes");

        Assert.StartsWith("I'll go through these 2 orders one at a time: #W6392164, #W8042635.", both[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Done: order #W6392164 is now \"return requested\".", next[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Next, order #W8042635 (delivered)", next[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Which items from order #W8042635 would you like to return?", next[2].Text, StringComparison.Ordinal);
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AQuestionAboutWhatTheCustomerOrderedShowsTheOrderThatHoldsIt()
    {
        await _bot.SayTextAsync("I'd like to check the status of my order");
        await _bot.SayTextAsync("Olivia Smith 32177");
        await _bot.SayTextAsync("the pending one");

        var answer = await _bot.SayTextAsync("What's the size of the helmet I ordered?");

        Assert.StartsWith("Order #W3794101 is delivered.", answer, StringComparison.Ordinal);
        Assert.Contains("Cycling Helmet (size: ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingTheDefaultAddressToTheOneAnOrderWentToIsTheAccountsAddressNotTheOrders()
    {
        await _bot.SayTextAsync("I'd like to check the status of my order");
        await _bot.SayTextAsync("Olivia Smith 32177");
        await _bot.SayTextAsync("the second one");

        var replies = await _bot.SayAsync("Please change my default address to the address that order was sent to.");

        Assert.DoesNotContain(replies, r => r.Text.StartsWith("Only a pending order's address can be changed", StringComparison.Ordinal));
        Assert.Equal("default-address", (await _bot.ConversationAsync()).ActiveFlow);
    }

    public void Dispose() => _bot.Dispose();
}
