using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos's pending #W8770097 holds an Office Chair (4274709903: mesh, red, no armrest, standard back, $544.29),
// paid by PayPal; the fabric, black, no armrest, high-back chair (1793929609) costs $514.34.
public sealed class PendingItemChangeJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    private async Task<string> ChooseTheHighBackFabricChairRefundedToPaypal()
    {
        await _bot.Say("I want to change the items of an order");
        Assert.Contains("Which order's items would you like to change?", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
        Assert.Contains("#W8770097 (pending)", _bot.Suggestions);
        Assert.Contains("#W6893533 (delivered)", _bot.Suggestions);
        Assert.Contains("Which items from order #W8770097 would you like to change?", await _bot.Say("#W8770097 (pending)"), StringComparison.Ordinal);
        Assert.Contains("Which Office Chair would you like instead", await _bot.Say("the office chair"), StringComparison.Ordinal);
        Assert.Contains("Which payment method", await _bot.Say("fabric, black, high-back"), StringComparison.Ordinal);
        Assert.Equal(["PayPal"], _bot.Suggestions);
        return await _bot.Say("PayPal");
    }

    [Fact]
    public async Task TheChangeListsOldAndNewItemsWarnsItIsFinalAndIsMadeAfterAnExplicitYes()
    {
        var summary = await ChooseTheHighBackFabricChairRefundedToPaypal();
        Assert.Contains("Please confirm the item change on order #W8770097", summary, StringComparison.Ordinal);
        Assert.Contains("$544.29 -> fabric, black, none, high-back $514.34", summary, StringComparison.Ordinal);
        Assert.Contains("Price difference: $29.95 refunded to PayPal", summary, StringComparison.Ordinal);
        Assert.Contains("can no longer be changed or cancelled", summary, StringComparison.Ordinal);

        Assert.Contains("is now \"pending (item modified)\"", await _bot.Say("yes"), StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W8770097");
        Assert.Equal(OrderStatus.PendingItemModified, order.Status);
        Assert.Equal("1793929609", order.Items.Single().ItemId);
    }

    [Fact]
    public async Task ANoAtTheConfirmationLeavesTheItemsUntouched()
    {
        await ChooseTheHighBackFabricChairRefundedToPaypal();
        Assert.Contains("nothing has changed", await _bot.Say("no"), StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W8770097");
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal("4274709903", order.Items.Single().ItemId);
    }

    [Fact]
    public async Task AfterTheOneItemChangeTheOrderCanNoLongerBeChangedCancelledReaddressedOrPaidDifferently()
    {
        await ChooseTheHighBackFabricChairRefundedToPaypal();
        await _bot.Say("yes");

        const string Refusal = "were already changed once, and after an item change an order can no longer be changed or cancelled";
        Assert.Contains(Refusal, await _bot.Say("change the items of #W8770097"), StringComparison.Ordinal);
        Assert.Contains(Refusal, await _bot.Say("pay for order #W8770097 differently"), StringComparison.Ordinal);
        Assert.Contains(Refusal, await _bot.Say("change the shipping address of #W8770097"), StringComparison.Ordinal);
        Assert.Contains(Refusal, await _bot.Say("cancel order #W8770097"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.PendingItemModified, (await _bot.Store.GetOrderAsync("#W8770097")).Status);
    }

    [Fact]
    public async Task ChangingToAnotherKindOfProductIsRefusedInThePolicysTerms()
    {
        await _bot.Say("change the items of #W8770097");
        await _bot.Say("ivan.santos3158@example.com");
        await _bot.Say("the office chair");
        var reply = await _bot.Say("a t-shirt instead");
        Assert.Contains("An item change can only be for another Office Chair", reply, StringComparison.Ordinal);
        Assert.Equal("change-items", _bot.Conversation.ActiveFlow);
    }

    // Daiki Sanchez (46236): pending #W9348897 holds a Patio Umbrella ($288.82, dearer options only: the cheapest other
    // is $300.24) and a Desk Lamp ($150.01; the black, medium, AC adapter one costs $135.24).
    [Fact]
    public async Task TheCheapestOptionForAnItemNoOtherOptionUndercutsLeavesThatItemAsItIs()
    {
        await _bot.Say("change the items of #W9348897");
        Assert.Contains("Which items from order #W9348897", await _bot.Say("Daiki Sanchez 46236"), StringComparison.Ordinal);
        Assert.Contains("Which Patio Umbrella would you like", await _bot.Say("the patio umbrella and the desk lamp"), StringComparison.Ordinal);

        var kept = await _bot.Say("The cheapest option.");

        Assert.Contains("already the cheapest Patio Umbrella available, so I'll leave it as it is", kept, StringComparison.Ordinal);
        Assert.Contains("Which Desk Lamp would you like", kept, StringComparison.Ordinal);
        Assert.Contains("Which payment method", await _bot.Say("The cheapest option."), StringComparison.Ordinal);
        var summary = await _bot.Say("the original payment method");
        Assert.Contains("-> black, medium, AC adapter $135.24", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Patio Umbrella", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCustomersOrderIsRefusedAsNotFound()
    {
        await _bot.Say("change the items of #W8770097");
        var reply = await _bot.Say("sophia.thomas1364@example.com");
        Assert.Contains("Order not found", reply, StringComparison.Ordinal);
        // Sophia's own orders are listed to choose from (one holds Office Chairs of her own); nothing of Ivan's chair is shown.
        Assert.DoesNotContain(_bot.EverythingShown, s => s.Contains("4274709903", StringComparison.Ordinal) || s.Contains("$544.29", StringComparison.Ordinal));
    }
}
