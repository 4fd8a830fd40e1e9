using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// What a customer adds or changes at the read-back of an item change: the change is widened or paid otherwise and read
// back again, never dropped. Ethan Garcia's pending #W9911714 holds Running Shoes (9791469541, $147.05) and a Mechanical
// Keyboard (item 1340995114 of product 1656367028, $235.13); Sofia Li's delivered #W3916020 holds a Bicycle, paid by her
// Mastercard ending 8484; she also has a Visa ending 6791.
public sealed class ConfirmationAmendmentJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    [Fact]
    public async Task AnItemAddedAtTheConfirmationByItsProductIdWidensTheChangeInsteadOfDroppingIt()
    {
        await _bot.Say("change the items of #W9911714");
        await _bot.Say("Ethan Garcia 80280");
        Assert.Contains("Which Running Shoes would you like instead", await _bot.Say("the running shoes"), StringComparison.Ordinal);
        Assert.Contains("Which payment method", await _bot.Say("Item 4107812777."), StringComparison.Ordinal);
        Assert.Contains("Please confirm the item change", await _bot.Say("My gift card."), StringComparison.Ordinal);

        var widened = await _bot.Say("Wait, I also want to change item 1656367028 to item 1421289881.");

        Assert.Contains("I'll add that: Mechanical Keyboard", widened, StringComparison.Ordinal);
        Assert.Contains("Please confirm the item change on order #W9911714", widened, StringComparison.Ordinal);
        Assert.Contains("Running Shoes (size: 9, color: yellow, material: synthetic, sole: rubber) $147.05 ->", widened, StringComparison.Ordinal);
        Assert.Contains("Mechanical Keyboard", widened[widened.IndexOf("Please confirm", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("Price difference: $41.92 to pay with gift card", widened, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W9911714")).Status);

        await _bot.Say("yes");
        var order = await _bot.Store.GetOrderAsync("#W9911714");
        Assert.Equal(OrderStatus.PendingItemModified, order.Status);
        Assert.Contains(order.Items, i => i.ItemId == "4107812777");
        Assert.Contains(order.Items, i => i.ItemId == "1421289881");
    }

    [Fact]
    public async Task AnotherCardNamedAtTheConfirmationPaysTheDifferenceInstead()
    {
        await _bot.Say("I want to exchange something from #W3916020");
        await _bot.Say("Sofia Li 78260");
        Assert.Contains("Which Bicycle would you like instead", await _bot.Say("the bicycle"), StringComparison.Ordinal);
        await _bot.Say("large, red, mountain");
        Assert.Contains("Mastercard credit card ending 8484", await _bot.Say("The original payment method, please."), StringComparison.Ordinal);

        var repaid = await _bot.Say("I'd prefer my other card as the payment or refund method.");

        Assert.Contains("Please confirm the exchange on order #W3916020", repaid, StringComparison.Ordinal);
        Assert.Contains("refunded to Visa credit card ending 6791", repaid, StringComparison.Ordinal);
        Assert.Equal("change-items", _bot.Conversation.ActiveFlow);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W3916020")).Status);
        Assert.Contains("exchange requested", await _bot.Say("yes"), StringComparison.Ordinal);
    }

    // Sofia Hernandez's delivered #W3947049 holds one Cycling Helmet (S, red, low).
    [Fact]
    public async Task NotTheOneIWantAsksForTheOptionsAgainWithoutTheOneReadBack()
    {
        await _bot.Say("I want to exchange something from #W3947049");
        await _bot.Say("Sofia Hernandez 98193");
        Assert.Contains("Which Cycling Helmet would you like instead", await _bot.Say("the cycling helmet"), StringComparison.Ordinal);
        await _bot.Say("M, red, medium");
        Assert.Contains("-> M, red, medium $206.26", await _bot.Say("The original payment method, please."), StringComparison.Ordinal);

        var askedAgain = await _bot.Say("No, that's not the one I want.");

        Assert.Contains("Which Cycling Helmet would you like instead", askedAgain, StringComparison.Ordinal);
        Assert.Contains("M, red, high $196.73", _bot.Suggestions);
        Assert.DoesNotContain("M, red, medium $206.26", _bot.Suggestions);
        Assert.Contains("-> M, red, high $196.73", await _bot.Say("Medium, red, high ventilation."), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W3947049")).Status);
    }

    [Fact]
    public async Task ANoWithNothingElseStillChangesNothing()
    {
        await _bot.Say("change the items of #W9911714");
        await _bot.Say("Ethan Garcia 80280");
        await _bot.Say("the running shoes");
        await _bot.Say("Item 4107812777.");
        await _bot.Say("My gift card.");

        Assert.Contains("nothing has changed", await _bot.Say("No, I've changed my mind."), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Pending, (await _bot.Store.GetOrderAsync("#W9911714")).Status);
        Assert.Null(_bot.Conversation.ActiveFlow);
    }
}
