using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Liam Li's pending order #W1130240 holds a fixed 30-50 lbs urethane Dumbbell Set (item at $512.88), paid with
// paypal_9619477; he also has gift_card_5427896 with $11.00. The fixed 55-75 lbs iron set (2444431651) costs $534.84,
// $21.96 more than his gift card holds.
public sealed class GiftCardAskAgainTests
{
    private readonly OrderSupportHarness _bot = new();

    [Fact]
    public async Task AGiftCardTheStoreRefusesForTheDifferenceIsAskedAgainWithTheOtherMethodAndTheChangeGoesOnWithIt()
    {
        await _bot.Say("change the items of #W1130240");
        await _bot.Say("liam.li8523@example.com");
        var which = await _bot.Say("the dumbbell set");
        var question = await _bot.Say("the 55-75 lbs iron one");
        var refused = await _bot.Say("gift card");
        var refusedSuggestions = _bot.Suggestions;
        var summary = await _bot.Say("paypal");
        var done = await _bot.Say("yes");

        Assert.Contains("Which Dumbbell Set would you like instead", which, StringComparison.Ordinal);
        Assert.Contains("Which payment method", question, StringComparison.Ordinal);
        Assert.Contains("can't pay the price difference", refused, StringComparison.Ordinal);
        Assert.Equal(["PayPal"], refusedSuggestions);
        Assert.Contains("Price difference: $21.96 to pay with PayPal", summary, StringComparison.Ordinal);
        Assert.Contains("#W1130240", done, StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W1130240");
        Assert.Equal(OrderStatus.PendingItemModified, order.Status);
        Assert.Contains(order.Items, item => item.ItemId == "2444431651");
        Assert.Equal("paypal_9619477", order.PaymentHistory[^1].PaymentMethodId);
    }
}
