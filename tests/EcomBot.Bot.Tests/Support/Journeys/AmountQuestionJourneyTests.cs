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

    public void Dispose() => _bot.Dispose();
}
