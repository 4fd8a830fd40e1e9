using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;
using static EcomBot.Bot.Tests.Commerce.SampleRecords;

namespace EcomBot.Bot.Tests.Commerce;

public sealed class PendingOrderRulesTests
{
    [Theory]
    [InlineData(OrderStatus.Processed)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.PendingItemModified)]
    public void CancellingAnOrderThatIsNotPlainPendingIsRefused(string status) =>
        AssertRefused("Non-pending order cannot be cancelled", () => PendingOrderRules.Cancel(Order(status), Customer, "no longer needed"));

    [Fact]
    public void CancellingForAnotherReasonIsRefused() =>
        AssertRefused("Invalid reason", () => PendingOrderRules.Cancel(Order(OrderStatus.Pending), Customer, "found it cheaper"));

    [Fact]
    public void CancellingRefundsAGiftCardPaymentToItsBalanceAtOnce()
    {
        var (order, user) = PendingOrderRules.Cancel(Order(OrderStatus.Pending, Paid(30m, "gift_card_1")), Customer, "ordered by mistake");

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal("ordered by mistake", order.CancelReason);
        Assert.Equal(new PaymentTransaction(PaymentTransaction.Refund, 30m, "gift_card_1"), order.PaymentHistory[^1]);
        Assert.Equal(80m, GiftCardBalance(user));
    }

    [Fact]
    public void CancellingAfterAPaymentChangeRefundsOnlyTheMethodThatStillHoldsTheMoney()
    {
        var (moved, user) = PendingOrderRules.ModifyPayment(Order(OrderStatus.Pending, Paid(30m, "gift_card_1")), Customer, "paypal_1");

        var (cancelled, after) = PendingOrderRules.Cancel(moved, user, "no longer needed");

        Assert.Equal(new PaymentTransaction(PaymentTransaction.Refund, 30m, "paypal_1"), Assert.Single(cancelled.PaymentHistory.Skip(3)));
        Assert.Equal(80m, GiftCardBalance(after));
    }

    [Fact]
    public void AddressCanChangeWhileTheStatusSaysPendingEvenAfterAnItemChange()
    {
        var address = Home with { Address1 = "9 Elm St" };

        Assert.Equal(address, PendingOrderRules.ModifyAddress(Order(OrderStatus.PendingItemModified), address).Address);
        AssertRefused("Non-pending order cannot be modified", () => PendingOrderRules.ModifyAddress(Order(OrderStatus.Processed), address));
    }

    [Theory]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_s" }, "credit_card_1", "The new item id should be different from the old item id")]
    [InlineData(new[] { "shirt_s", "shirt_s" }, new[] { "shirt_m", "shirt_m" }, "credit_card_1", "shirt_s not found")]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_m", "shirt_xl" }, "credit_card_1", "The number of items to be exchanged should match")]
    [InlineData(new[] { "mug" }, new[] { "shirt_m" }, "credit_card_1", "Variant not found")]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_l" }, "credit_card_1", "New item shirt_l not found or available")]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_m" }, "bitcoin_1", "Payment method not found")]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_xl" }, "gift_card_1", "Insufficient gift card balance to pay for the new item")]
    public void ModifyingItemsRefusesWhatThePolicyForbids(string[] itemIds, string[] newItemIds, string paymentMethodId, string message) =>
        AssertRefused(message, () => ModifyItems(Order(OrderStatus.Pending), itemIds, newItemIds, paymentMethodId));

    [Fact]
    public void ItemsCanBeModifiedOnlyOnce() =>
        AssertRefused("Non-pending order cannot be modified", () => ModifyItems(Order(OrderStatus.PendingItemModified), ["shirt_s"], ["shirt_m"], "credit_card_1"));

    [Fact]
    public void ModifyingItemsChargesTheDifferenceToTheGiftCardAndMarksTheOrder()
    {
        var (order, user) = ModifyItems(Order(OrderStatus.Pending), ["shirt_s"], ["shirt_m"], "gift_card_1");

        Assert.Equal(OrderStatus.PendingItemModified, order.Status);
        Assert.Equal(("shirt_m", 25m), (order.Items[0].ItemId, order.Items[0].Price));
        Assert.Equal("M", order.Items[0].Options["size"]);
        Assert.Equal(new PaymentTransaction(PaymentTransaction.Payment, 5m, "gift_card_1"), order.PaymentHistory[^1]);
        Assert.Equal(45m, GiftCardBalance(user));
    }

    [Fact]
    public void ACheaperVariantIsRefundedAsARefundTransaction()
    {
        var order = Order(OrderStatus.Pending) with { Items = [Order(OrderStatus.Pending).Items[0] with { ItemId = "shirt_xl", Price = 100m }] };

        var (modified, _) = ModifyItems(order, ["shirt_xl"], ["shirt_s"], "credit_card_1");

        Assert.Equal(new PaymentTransaction(PaymentTransaction.Refund, 80m, "credit_card_1"), modified.PaymentHistory[^1]);
    }

    [Theory]
    [InlineData(OrderStatus.Processed, "paypal_1", "Non-pending order cannot be modified")]
    [InlineData(OrderStatus.Delivered, "paypal_1", "Non-pending order cannot be modified")]
    [InlineData(OrderStatus.Pending, "bitcoin_1", "Payment method not found")]
    [InlineData(OrderStatus.Pending, "credit_card_1", "The new payment method should be different from the current one")]
    public void ChangingThePaymentRefusesWhatThePolicyForbids(string status, string paymentMethodId, string message) =>
        AssertRefused(message, () => PendingOrderRules.ModifyPayment(Order(status), Customer, paymentMethodId));

    [Fact]
    public void ChangingThePaymentNeedsExactlyOnePaymentInTheHistory()
    {
        var twoPayments = Order(OrderStatus.Pending, Paid(30m, "credit_card_1"), Paid(5m, "credit_card_1"));
        var refundOnly = Order(OrderStatus.Pending, new PaymentTransaction(PaymentTransaction.Refund, 30m, "credit_card_1"));

        AssertRefused("There should be exactly one payment for a pending order", () => PendingOrderRules.ModifyPayment(twoPayments, Customer, "paypal_1"));
        AssertRefused("There should be exactly one payment for a pending order", () => PendingOrderRules.ModifyPayment(refundOnly, Customer, "paypal_1"));
    }

    [Fact]
    public void AGiftCardMustCoverTheWholeOrderToPayForIt() =>
        AssertRefused("Insufficient gift card balance to pay for the order",
            () => PendingOrderRules.ModifyPayment(Order(OrderStatus.Pending, Paid(50.01m, "credit_card_1")), Customer, "gift_card_1"));

    [Fact]
    public void ChangingThePaymentToAGiftCardPaysWithItAndRefundsTheCard()
    {
        var (order, user) = PendingOrderRules.ModifyPayment(Order(OrderStatus.Pending, Paid(49.99m, "credit_card_1")), Customer, "gift_card_1");

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(
            [Paid(49.99m, "credit_card_1"), Paid(49.99m, "gift_card_1"), new PaymentTransaction(PaymentTransaction.Refund, 49.99m, "credit_card_1")],
            order.PaymentHistory);
        Assert.Equal(0.01m, GiftCardBalance(user));
    }

    [Fact]
    public void ChangingThePaymentAwayFromAGiftCardPutsTheAmountBackOnIt()
    {
        var (order, user) = PendingOrderRules.ModifyPayment(Order(OrderStatus.Pending, Paid(30m, "gift_card_1")), Customer, "paypal_1");

        Assert.Equal(PaymentTransaction.Refund, order.PaymentHistory[^1].TransactionType);
        Assert.Equal(80m, GiftCardBalance(user));
    }

    private static (Order, User) ModifyItems(Order order, string[] itemIds, string[] newItemIds, string paymentMethodId) =>
        PendingOrderRules.ModifyItems(order, Customer, Products, itemIds, newItemIds, paymentMethodId, ModifiedItemPricing.OwnVariant);

    internal static void AssertRefused(string message, Action change) =>
        Assert.Equal(message, Assert.Throws<CommerceException>(change).Message);

    internal static void AssertRefused<T>(string message, Func<T> change) =>
        Assert.Equal(message, Assert.Throws<CommerceException>(() => change()).Message);
}
