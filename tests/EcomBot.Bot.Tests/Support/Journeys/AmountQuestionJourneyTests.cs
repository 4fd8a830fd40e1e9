using EcomBot.Bot.Commerce.Records;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customer Evelyn Wilson (evelyn.wilson8748@example.com): delivered #W6392164 (one Cycling Helmet, $196.73),
// a gift card with a $64.00 balance.
public sealed class AmountQuestionJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    private async Task AskedWhereTheRefundGoesAsync()
    {
        await _bot.SayTextAsync("I'd like to send back the cycling helmet from #W6392164");
        var asked = await _bot.SayTextAsync("evelyn.wilson8748@example.com");
        Assert.Contains("Where should the refund go?", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGiftCardBalanceAskedInTheMiddleOfAReturnIsAnsweredAndTheReturnGoesOn()
    {
        await AskedWhereTheRefundGoesAsync();

        var balance = await _bot.SayTextAsync("Before that, what's the balance on my gift card?");

        Assert.Contains("$64.00", balance, StringComparison.Ordinal);
        Assert.DoesNotContain("cart", balance, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Contains("Refund of $196.73", await _bot.SayTextAsync("the original payment method"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hmm wait, what would I get back for that?")]
    [InlineData("How much would I get back for it?")]
    public async Task WhatTheReturnInProgressWouldRefundIsAnsweredAndTheReturnGoesOn(string question)
    {
        await AskedWhereTheRefundGoesAsync();

        var answer = await _bot.SayTextAsync(question);

        Assert.Contains("Returning Cycling Helmet from order #W6392164 would refund $196.73", answer, StringComparison.Ordinal);
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Contains("Refund of $196.73", await _bot.SayTextAsync("the original payment method"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheReturnTheTotalComingBackIsTheReturnsAmount()
    {
        await AskedWhereTheRefundGoesAsync();
        await _bot.SayTextAsync("the original payment method");
        Assert.Contains("return requested", await _bot.SayTextAsync("yes"), StringComparison.Ordinal);

        var total = await _bot.SayTextAsync("OK, and how much am I getting back in total?");

        Assert.Contains("In total you get $196.73 back", total, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoneyBackAskedBeforeAnythingChangedSaysSoWithTheOrdersTotal()
    {
        await AskedWhereTheRefundGoesAsync();

        var answer = await _bot.SayTextAsync("how much money will I get back in total?");

        Assert.StartsWith("Nothing in this conversation has changed an order's money yet", answer, StringComparison.Ordinal);
        Assert.Contains("Order #W6392164 (delivered) comes to $196.73", answer, StringComparison.Ordinal);
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    // Noah Ito (zip 98187) has three orders; the last on his account, #W6729841, came to $829.43.
    [Fact]
    public async Task AnAmountQuestionAskedBeforeIdentifyingIsAnsweredAfterDetailsThatTookSeveralTries()
    {
        await _bot.SayTextAsync("How much did I pay for the order I placed most recently?");
        await _bot.SayTextAsync("I'm Noah Ito, zip code 98178");
        await _bot.SayTextAsync("I'm Noah Ito, zip code 98186");

        var answer = await _bot.SayTextAsync("I'm Noah Ito, zip code 98187");

        Assert.Contains("#W6729841", answer, StringComparison.Ordinal);
        Assert.Contains("$829.43", answer, StringComparison.Ordinal);
    }

    // Ava Nguyen (94128): delivered #W8668939 holds two Grills ($985.66 and $953.39) beside a water bottle and a camera.
    [Fact]
    public async Task WhatTheItemsOfOneProductCostAcrossTheCustomersOrdersIsAddedUp()
    {
        await _bot.SayTextAsync("I'm Ava Nguyen, zip code 94128");

        var answer = await _bot.SayTextAsync("What's the total price of all the grills I've bought in my previous orders?");

        Assert.Contains("2 × Grill", answer, StringComparison.Ordinal);
        Assert.Contains("Together they cost $1,939.05", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Water Bottle", answer, StringComparison.Ordinal);
    }

    // Daiki Sanchez (46236): his last order, pending #W9348897, holds an Action Camera ($481.50) and four cheaper items.
    [Fact]
    public async Task ThatOrderAskedAboutBeforeIdentifyingIsTheOrderTheCustomerDescribedEarlier()
    {
        await _bot.SayTextAsync("My card only has $1150 of credit left, but the order I just placed is more than $1160. Can you split the payment with another card?");
        await _bot.SayTextAsync("What's the most expensive item in that order, and what does it cost?");

        var answer = await _bot.SayTextAsync("I'm Daiki Sanchez, zip code 46236");

        Assert.Contains("The most expensive item in order #W9348897 (pending) is the Action Camera", answer, StringComparison.Ordinal);
        Assert.Contains("which cost $481.50", answer, StringComparison.Ordinal);
    }

    // Mei Davis (80217): delivered #W2890441 holds a Water Bottle ($54.04), a Pet Bed ($195.11; the cheapest other is
    // $180.93) and an Office Chair ($499.28; the cheapest other is $471.82).
    [Fact]
    public async Task WhatChangesNotMadeWouldBringBackIsWorkedOutFromTheOrderAndNothingChanges()
    {
        await _bot.SayTextAsync("I'm Mei Davis, zip code 80217");

        var answer = await _bot.SayTextAsync("How much money would I save by returning the water bottle, and how much by exchanging the pet bed and the office chair?");

        Assert.Contains("Returning the Water Bottle of order #W2890441: $54.04 back to you.", answer, StringComparison.Ordinal);
        Assert.Contains("Exchanging the Pet Bed and the Office Chair of order #W2890441 for the cheapest options available", answer, StringComparison.Ordinal);
        Assert.Contains("$41.64 back to you", answer, StringComparison.Ordinal);
        Assert.Contains("either one return or one exchange, not both", answer, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W2890441")).Status);
    }

    public void Dispose() => _bot.Dispose();
}
