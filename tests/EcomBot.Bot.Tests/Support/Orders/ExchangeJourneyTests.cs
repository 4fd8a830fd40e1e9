using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos's delivered order #W6893533 holds a 50ft black vinyl Garden Hose (5206946487, $95.08), paid by paypal_6151711;
// the 50ft black latex hose (4024196380) costs $102.90.
public sealed class ExchangeJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    private async Task<string> ChooseTheHose()
    {
        await _bot.Say("I want to exchange something from #W6893533");
        Assert.Contains("Which items", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
        var question = await _bot.Say("the garden hose");
        Assert.Contains("Which Garden Hose would you like", question, StringComparison.Ordinal);
        return question;
    }

    private async Task ChooseLatexPaidByPaypal()
    {
        await ChooseTheHose();
        Assert.Contains("Which payment method", await _bot.Say("latex please"), StringComparison.Ordinal);
        var summary = await _bot.Say("paypal_6151711");
        Assert.Contains("Garden Hose (length: 50ft, material: vinyl, color: black) $95.08 -> 50ft, latex, black $102.90", summary, StringComparison.Ordinal);
        Assert.Contains("Price difference: $7.82 to pay with PayPal", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExchangeListsOldAndNewItemsAndStartsAfterAnExplicitYes()
    {
        await ChooseLatexPaidByPaypal();
        Assert.Contains("exchange requested", await _bot.Say("yes"), StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W6893533");
        Assert.Equal(OrderStatus.ExchangeRequested, order.Status);
        Assert.Equal(["5206946487"], order.ExchangeItems);
        Assert.Equal(["4024196380"], order.ExchangeNewItems);
        Assert.Equal(7.82m, order.ExchangePriceDifference);
    }

    [Fact]
    public async Task ANoAtTheExchangeConfirmationChangesNothing()
    {
        await ChooseLatexPaidByPaypal();
        Assert.Contains("nothing has changed", await _bot.Say("no"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }

    [Fact]
    public async Task TheAvailableVariantsAreOfferedAsSuggestions()
    {
        await ChooseTheHose();
        var suggestions = _bot.LastReplies.SelectMany(r => r.SuggestedActions).ToList();
        Assert.Contains("50ft, latex, black $102.90", suggestions);
        Assert.DoesNotContain(suggestions, s => s.StartsWith("50ft, vinyl, green", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARelativeAnswerChoosesTheVariantItDescribes()
    {
        await ChooseTheHose();
        Assert.Contains("Which payment method", await _bot.Say("A shorter one, the cheapest you have."), StringComparison.Ordinal);
        Assert.Contains("-> 25ft, vinyl, blue $90.43", await _bot.Say("paypal_6151711"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyOneOfTheItemsNamedAtTheOptionsQuestionKeepsThatOneAndTakesItsOptions()
    {
        // Yusuf Rossi (yusuf.rossi7301@example.com): delivered #W2378156 holds a Mechanical Keyboard and an Apple HomeKit Smart Thermostat.
        await _bot.Say("I want to exchange something from #W2378156");
        Assert.Contains("Which items", await _bot.Say("yusuf.rossi7301@example.com"), StringComparison.Ordinal);
        Assert.Contains("Which Mechanical Keyboard would you like", await _bot.Say("the mechanical keyboard and the smart thermostat"), StringComparison.Ordinal);

        var kept = await _bot.Say("Then I'd rather only exchange the smart thermostat, for one compatible with Google Home.");

        Assert.Contains("OK, only the Smart Thermostat then.", kept, StringComparison.Ordinal);
        Assert.Contains("Which payment method", kept, StringComparison.Ordinal);
        var summary = await _bot.Say("the original payment method");
        Assert.Contains("-> Google Assistant, black", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Mechanical Keyboard", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameAnswerAgainToWhichOfThoseTakesTheOneMostLikeTheCurrentItem()
    {
        await ChooseTheHose();

        // Two blue hoses are available: 100ft latex and 25ft vinyl; the customer's hose is 50ft black vinyl.
        var asked = await _bot.Say("Blue.");
        var taken = await _bot.Say("Blue.");
        var summary = await _bot.Say("paypal_6151711");

        Assert.Contains("2 Garden Hose options fit that", asked, StringComparison.Ordinal);
        Assert.Contains("Then I'll take the one most like your current Garden Hose: 25ft, vinyl, blue $90.43", taken, StringComparison.Ordinal);
        Assert.Contains("Which payment method", taken, StringComparison.Ordinal);
        Assert.Contains("-> 25ft, vinyl, blue $90.43", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionsThatCannotBeCombinedAreToldWithTheClosestToChooseFrom()
    {
        await ChooseTheHose();

        var offer = await _bot.Say("100ft in black vinyl please");
        var again = await _bot.Say("100ft in black vinyl please");
        var picked = await _bot.Say("the second one");

        Assert.Contains("No available Garden Hose has 100ft (length), vinyl (material) and black (color) together", offer, StringComparison.Ordinal);
        Assert.Contains("- 100ft, latex, blue $98.61 (not vinyl or black)", offer, StringComparison.Ordinal);
        Assert.Contains("Still, no available Garden Hose", again, StringComparison.Ordinal);
        Assert.DoesNotContain("The closest", again, StringComparison.Ordinal);
        Assert.Contains("Which payment method", picked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangingForAnotherProductIsRefused()
    {
        await ChooseTheHose();
        Assert.Contains("can only be for another Garden Hose", await _bot.Say("the wireless earbuds 9580569596 instead"), StringComparison.Ordinal);
        Assert.Contains("can only be for another Garden Hose", await _bot.Say("a t-shirt instead"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }

    [Fact]
    public async Task OnlyDeliveredOrdersCanBeExchanged()
    {
        await _bot.Say("I want to exchange something from #W8770097");
        Assert.Contains("Only delivered orders can be exchanged", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
    }

    // Mason Wilson paid for his Digital Camera (#W8161562) with gift_card_6767859, whose balance is now $0.00.
    [Fact]
    public async Task AGiftCardThatCannotCoverTheDifferenceIsRefusedWithTheStoresReasonBeforeAnythingIsConfirmed()
    {
        await _bot.Say("I want to exchange something from #W8161562");
        await _bot.Say("mason.wilson6954@example.com");
        await _bot.Say("the digital camera");
        await _bot.Say("CF card");
        // The store's rule is checked before anything is confirmed. Mason's empty gift card is his only payment method,
        // so there is nothing else to offer: the exchange cannot be made, and nothing is asked or changed.
        var refused = await _bot.Say("gift_card_6767859");
        Assert.Contains("I couldn't start the exchange for order #W8161562: Insufficient gift card balance", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("yes", _bot.Suggestions);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W8161562")).Status);
    }

    [Theory]
    [InlineData("The same one.")]
    [InlineData("a new one with the same specs please")]
    [InlineData("An identical one")]
    public async Task AnExchangeForTheVerySameItemIsRefusedInPlainWordsWithWhatCanBeDoneInstead(string answer)
    {
        await ChooseTheHose();

        var refused = await _bot.Say(answer);

        Assert.Contains("I can't exchange your Garden Hose (50ft, vinyl, black) for the very same one", refused, StringComparison.Ordinal);
        Assert.Contains("I can return it for a refund instead", refused, StringComparison.Ordinal);
        Assert.Contains("Which Garden Hose would you like", refused, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W6893533")).Status);
    }
}
