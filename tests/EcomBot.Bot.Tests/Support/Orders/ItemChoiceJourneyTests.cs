using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos's delivered #W6893533 holds a Garden Hose (5206946487) and Wireless Earbuds; Mei Ahmed's delivered
// #W7553978 holds two Skateboards (4545791457: 28 inch, $186.06; 3098764622: 34 inch, $202.13), a Vacuum Cleaner and a
// Smart Watch; Fatima Muller's pending #W9962383 holds a Mechanical Keyboard and a Tea Kettle.
public sealed class ItemChoiceJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    [Fact]
    public async Task AnItemTheCustomerKeepsAsItIsLeavesTheExchangeAndTheNextItemIsAskedAbout()
    {
        await _bot.Say("I want to exchange something from #W6893533");
        await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("Which Garden Hose would you like instead", await _bot.Say("the hose and the earbuds"), StringComparison.Ordinal);
        var reply = await _bot.Say("I don't want a different one.");
        Assert.Contains("leave the Garden Hose as it is", reply, StringComparison.Ordinal);
        Assert.Contains("Which Wireless Earbuds would you like instead", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepingTheOnlyItemEndsTheExchangeWithoutAChange()
    {
        await _bot.Say("I want to exchange something from #W6893533");
        await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("Which Garden Hose would you like instead", await _bot.Say("the hose"), StringComparison.Ordinal);
        var reply = await _bot.Say("keep that one");
        Assert.Contains("nothing has changed", reply, StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }

    [Fact]
    public async Task TwoItemsOfOneProductAreListedByTheirOptionsAndToldApartByThem()
    {
        await _bot.Say("I want to return something from #W7553978");
        await _bot.Say("mei.ahmed4901@example.com");
        Assert.Contains(_bot.Suggestions, s => s.Contains("length: 34 inch", StringComparison.Ordinal) && s.Contains("3098764622", StringComparison.Ordinal));
        var unclear = await _bot.Say("the skateboard");
        Assert.Contains("That fits 2 items", unclear, StringComparison.Ordinal);
        Assert.Contains("Which items from order #W7553978", unclear, StringComparison.Ordinal);
        await _bot.Say("the longer one");
        Assert.Contains("That fits 2 items", _bot.LastReplies[0].Text, StringComparison.Ordinal);
        await _bot.Say("the 34 inch one");
        var summary = await _bot.Say("original payment method");
        Assert.Contains("length: 34 inch", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("length: 28 inch", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Vacuum Cleaner", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothOfAProductReturnsThoseTwoItemsNotTheWholeOrder()
    {
        await _bot.Say("I want to return something from #W7553978");
        await _bot.Say("mei.ahmed4901@example.com");
        await _bot.Say("Both skateboards.");
        var summary = await _bot.Say("original payment method");
        Assert.Contains("length: 34 inch", summary, StringComparison.Ordinal);
        Assert.Contains("length: 28 inch", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Vacuum Cleaner", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Smart Watch", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingSomeItemsOfAPendingOrderIsAnsweredHonestlyAndCancelsNothing()
    {
        await _bot.Say("cancel the keyboard from order #W9962383 but keep the kettle");
        var reply = await _bot.Say("fatima.muller6448@example.com");
        Assert.Contains("can only be cancelled as a whole", reply, StringComparison.Ordinal);
        Assert.Contains("change its items", reply, StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W9962383")).Status);
    }

    [Fact]
    public async Task CancellingAWholePendingOrderStillAsksForTheReason()
    {
        await _bot.Say("cancel order #W9962383");
        Assert.Contains("Why would you like to cancel order #W9962383?", await _bot.Say("fatima.muller6448@example.com"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingToRemoveAnItemFromAPendingOrderIsAnsweredHonestlyRatherThanAskedForNewOptions()
    {
        await _bot.Say("remove the kettle from my pending order #W9962383");
        var reply = await _bot.Say("fatima.muller6448@example.com");
        Assert.Contains("can only be cancelled as a whole", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("would you like instead", reply, StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task ANewRequestForAnotherChangeAtTheItemsQuestionIsNotTakenAsTheItemsToReturn()
    {
        await _bot.Say("I want to return something from #W6893533");
        await _bot.Say("ivan.santos3158@example.com");
        var reply = await _bot.Say("Could I exchange my hose for a longer one instead?");
        Assert.DoesNotContain("Where should the refund go", reply, StringComparison.Ordinal);
        Assert.NotEqual("return-items", _bot.Conversation.ActiveFlow);
    }
}
