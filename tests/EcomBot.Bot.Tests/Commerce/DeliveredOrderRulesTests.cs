using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;
using static EcomBot.Bot.Tests.Commerce.PendingOrderRulesTests;
using static EcomBot.Bot.Tests.Commerce.SampleRecords;

namespace EcomBot.Bot.Tests.Commerce;

public sealed class DeliveredOrderRulesTests
{
    private static readonly Order Delivered = Order(OrderStatus.Delivered);

    [Theory]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.ReturnRequested)]
    [InlineData(OrderStatus.ExchangeRequested)]
    public void OnlyDeliveredOrdersCanBeReturnedOrExchangedAndOnlyOnce(string status)
    {
        AssertRefused("Non-delivered order cannot be returned", () => DeliveredOrderRules.Return(Order(status), Customer, ["mug"], "credit_card_1"));
        AssertRefused("Non-delivered order cannot be exchanged",
            () => DeliveredOrderRules.Exchange(Order(status), Customer, Products, ["shirt_s"], ["shirt_m"], "credit_card_1"));
    }

    [Theory]
    [InlineData(new[] { "mug" }, "paypal_1", "Payment method should be the original payment method")]
    [InlineData(new[] { "mug" }, "bitcoin_1", "Payment method not found")]
    [InlineData(new[] { "mug", "mug" }, "credit_card_1", "Some item not found")]
    public void ReturnsRefuseWhatThePolicyForbids(string[] itemIds, string paymentMethodId, string message) =>
        AssertRefused(message, () => DeliveredOrderRules.Return(Delivered, Customer, itemIds, paymentMethodId));

    [Theory]
    [InlineData("credit_card_1")]
    [InlineData("gift_card_1")]
    public void AReturnIsRefundedToTheOriginalMethodOrAGiftCard(string paymentMethodId)
    {
        var order = DeliveredOrderRules.Return(Delivered, Customer, ["shirt_s", "mug"], paymentMethodId);

        Assert.Equal(OrderStatus.ReturnRequested, order.Status);
        Assert.Equal(["mug", "shirt_s"], order.ReturnItems);
        Assert.Equal(paymentMethodId, order.ReturnPaymentMethodId);
    }

    [Theory]
    [InlineData(new[] { "shirt_s", "shirt_s" }, new[] { "shirt_m", "shirt_m" }, "credit_card_1", "Number of shirt_s not found.")]
    [InlineData(new[] { "shirt_s" }, new string[0], "credit_card_1", "The number of items to be exchanged should match.")]
    [InlineData(new[] { "mug" }, new[] { "shirt_m" }, "credit_card_1", "Variant not found")]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_l" }, "credit_card_1", "New item shirt_l not found or available")]
    [InlineData(new[] { "shirt_s" }, new[] { "shirt_xl" }, "gift_card_1", "Insufficient gift card balance to pay for the price difference")]
    public void ExchangesRefuseWhatThePolicyForbids(string[] itemIds, string[] newItemIds, string paymentMethodId, string message) =>
        AssertRefused(message, () => DeliveredOrderRules.Exchange(Delivered, Customer, Products, itemIds, newItemIds, paymentMethodId));

    [Fact]
    public void AnExchangeRecordsTheItemsAndThePriceDifference()
    {
        var order = DeliveredOrderRules.Exchange(Delivered, Customer, Products, ["shirt_s"], ["shirt_xl"], "paypal_1");

        Assert.Equal(OrderStatus.ExchangeRequested, order.Status);
        Assert.Equal(["shirt_xl"], order.ExchangeNewItems);
        Assert.Equal(80m, order.ExchangePriceDifference);
        Assert.Equal("paypal_1", order.ExchangePaymentMethodId);
    }
}
