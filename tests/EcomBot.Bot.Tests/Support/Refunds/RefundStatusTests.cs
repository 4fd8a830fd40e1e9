using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Refunds;

namespace EcomBot.Bot.Tests.Support.Refunds;

public sealed class RefundStatusTests
{
    private static readonly Address Home = new("1 Main St", "", "Austin", "USA", "TX", "78701");

    private static readonly User Customer = new(
        "jane_doe_1",
        new UserName("Jane", "Doe"),
        Home,
        "jane@example.com",
        new Dictionary<string, PaymentMethod>
        {
            ["paypal_1"] = new("paypal", "paypal_1"),
            ["credit_card_2"] = new("credit_card", "credit_card_2", Brand: "visa", LastFour: "4321"),
            ["gift_card_3"] = new(PaymentMethod.GiftCardSource, "gift_card_3", Balance: 40m),
        },
        ["#W0000001"]);

    private static readonly OrderItem Lamp = new("Desk Lamp", "p1", "i1", 120.50m, new Dictionary<string, string> { ["color"] = "black" });
    private static readonly OrderItem Mug = new("Mug", "p2", "i2", 15m, new Dictionary<string, string> { ["size"] = "large" });

    private static Order OrderWith(string status, params PaymentTransaction[] history) =>
        new("#W0000001", Customer.UserId, Home, [Lamp, Mug], status, [], history);

    [Fact]
    public void ACancelledOrdersRefundIsGivenWithItsAmountMethodByNameAndPayPalTiming()
    {
        var order = OrderWith(OrderStatus.Cancelled, new(PaymentTransaction.Payment, 135.50m, "paypal_1"), new(PaymentTransaction.Refund, 135.50m, "paypal_1"));

        var text = RefundStatus.Describe(order, Customer);

        Assert.Contains("Order #W0000001 (cancelled) has this refund in our records:", text, StringComparison.Ordinal);
        Assert.Contains("- $135.50 refunded to PayPal: a PayPal refund takes 5 to 7 business days to arrive.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("paypal_1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGiftCardRefundIsSaidToBeOnTheCardAlready()
    {
        var order = OrderWith(OrderStatus.Cancelled, new(PaymentTransaction.Payment, 135.50m, "gift_card_3"), new(PaymentTransaction.Refund, 135.50m, "gift_card_3"));

        Assert.Contains("refunded to gift card (balance $40.00): a gift card is refunded immediately", RefundStatus.Describe(order, Customer), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefundFromAPaymentChangeOnAPendingOrderIsListedWithCreditCardTiming()
    {
        var order = OrderWith(OrderStatus.Pending,
            new(PaymentTransaction.Payment, 135.50m, "credit_card_2"), new(PaymentTransaction.Payment, 135.50m, "paypal_1"), new(PaymentTransaction.Refund, 135.50m, "credit_card_2"));

        var text = RefundStatus.Describe(order, Customer);

        Assert.True(RefundStatus.HasRefundNews(order));
        Assert.Contains("- $135.50 refunded to Visa credit card ending 4321: a credit card refund takes 5 to 7 business days to arrive.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequestedReturnSaysNoRefundIsIssuedYetAndWhatWillBeRefundedWhere()
    {
        var order = OrderWith(OrderStatus.ReturnRequested, new PaymentTransaction(PaymentTransaction.Payment, 135.50m, "paypal_1"))
            with { ReturnItems = ["i1"], ReturnPaymentMethodId = "gift_card_3" };

        var text = RefundStatus.Describe(order, Customer);

        Assert.Contains("Order #W0000001 is waiting for the return you requested, and no refund has been issued for it yet.", text, StringComparison.Ordinal);
        Assert.Contains("You asked to return Desk Lamp; you should have an email explaining how to send the items back.", text, StringComparison.Ordinal);
        Assert.Contains("The refund of $120.50 for them goes to gift card (balance $40.00).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExchangeForCheaperItemsRefundsTheDifferenceToTheChosenMethod()
    {
        var order = OrderWith(OrderStatus.ExchangeRequested, new PaymentTransaction(PaymentTransaction.Payment, 135.50m, "paypal_1"))
            with { ExchangeItems = ["i2"], ExchangeNewItems = ["i9"], ExchangePaymentMethodId = "paypal_1", ExchangePriceDifference = -3.25m };

        Assert.Contains("the difference of $3.25 goes to PayPal", RefundStatus.Describe(order, Customer), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExchangeThatCostsMoreHasNoRefundDue()
    {
        var order = OrderWith(OrderStatus.ExchangeRequested, new PaymentTransaction(PaymentTransaction.Payment, 135.50m, "paypal_1"))
            with { ExchangeItems = ["i2"], ExchangeNewItems = ["i9"], ExchangePaymentMethodId = "paypal_1", ExchangePriceDifference = 4m };

        Assert.Contains("no refund is due for the exchange", RefundStatus.Describe(order, Customer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.Processed)]
    public void AnOrderWithoutRefundsOrARequestedReturnOrExchangeHasNoRefundNews(string status)
    {
        Assert.False(RefundStatus.HasRefundNews(OrderWith(status, new PaymentTransaction(PaymentTransaction.Payment, 135.50m, "paypal_1"))));
    }
}
