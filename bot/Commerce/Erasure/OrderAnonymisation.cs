using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Erasure;

/// <summary>
/// An erased customer's order as the shop's books keep it: items, prices, status, fulfilments and money movements
/// stay; the customer id (which holds the name) becomes a pseudonym, the address keeps only country and state, and
/// each payment method id becomes its kind ("credit_card_9513926" becomes "credit_card").
/// </summary>
public static class OrderAnonymisation
{
    public static Order Anonymise(Order order, string pseudonym) => order with
    {
        UserId = pseudonym,
        Address = new Address("", "", "", order.Address.Country, order.Address.State, ""),
        PaymentHistory = [.. order.PaymentHistory.Select(payment => payment with { PaymentMethodId = KindOf(payment.PaymentMethodId) })],
        ExchangePaymentMethodId = order.ExchangePaymentMethodId is { } exchange ? KindOf(exchange) : null,
        ReturnPaymentMethodId = order.ReturnPaymentMethodId is { } refund ? KindOf(refund) : null,
    };

    private static string KindOf(string paymentMethodId)
    {
        var cut = paymentMethodId.LastIndexOf('_');
        return cut > 0 && paymentMethodId[(cut + 1)..].All(char.IsAsciiDigit) ? paymentMethodId[..cut] : "payment_method";
    }
}
