using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Refunds;

/// <summary>
/// What the store's records show about the refunds of one order, in the customer's words: each refund already issued
/// with its amount and the payment method by name, or, for a requested return or exchange, what will be refunded and
/// where. Each comes with how long a refund to that method takes (the refunds help article).
/// </summary>
internal static class RefundStatus
{
    /// <summary>True for an order that has a refund to talk about: one issued, or one a return or exchange will bring.</summary>
    public static bool HasRefundNews(Order order) =>
        Issued(order).Any()
        || order.Status is OrderStatus.Cancelled or OrderStatus.ReturnRequested or OrderStatus.ExchangeRequested;

    public static string Describe(Order order, User profile)
    {
        var lines = new List<string>();
        var issued = Issued(order).ToList();
        if (issued.Count > 0)
        {
            lines.Add($"Order {order.OrderId} ({order.Status}) has {(issued.Count == 1 ? "this refund" : "these refunds")} in our records:");
            lines.AddRange(issued.Select(r => $"- {OrderDescriptions.Money(r.Amount)} refunded to {Method(profile, r.PaymentMethodId)}: {Timing(profile, r.PaymentMethodId)}."));
        }
        else
        {
            lines.Add($"Order {order.OrderId} is {OrderDescriptions.Status(order)}, and no refund has been issued for it yet.");
        }
        lines.AddRange(Coming(order, profile));
        return string.Join("\n", lines);
    }

    /// <summary>How long a refund to the method takes once issued, as the refunds article says.</summary>
    public static string Timing(User profile, string paymentMethodId)
    {
        // A method since removed from the profile is still known by its id's prefix ("paypal_1530316").
        var source = profile.PaymentMethods.TryGetValue(paymentMethodId, out var method) ? method.Source : paymentMethodId;
        return source.StartsWith(PaymentMethod.GiftCardSource, StringComparison.Ordinal)
            ? "a gift card is refunded immediately, so it is already on the card's balance"
            : $"a {(source.StartsWith("paypal", StringComparison.Ordinal) ? "PayPal" : "credit card")} refund takes 5 to 7 business days to arrive";
    }

    private static IEnumerable<PaymentTransaction> Issued(Order order) =>
        order.PaymentHistory.Where(p => p.TransactionType == PaymentTransaction.Refund);

    /// <summary>The refund a requested return or exchange will bring, not issued yet.</summary>
    private static IEnumerable<string> Coming(Order order, User profile)
    {
        if (order.Status == OrderStatus.ReturnRequested && order.ReturnPaymentMethodId is { } returnMethod)
        {
            var amount = ItemsTotal(order, order.ReturnItems ?? []);
            yield return $"You asked to return {ItemNames(order, order.ReturnItems ?? [])}; you should have an email explaining how to send the items back.";
            yield return $"The refund of {OrderDescriptions.Money(amount)} for them goes to {Method(profile, returnMethod)}. "
                + $"Once it is issued, {Timing(profile, returnMethod)}.";
        }
        else if (order.Status == OrderStatus.ExchangeRequested && order.ExchangePaymentMethodId is { } exchangeMethod)
        {
            var difference = order.ExchangePriceDifference ?? 0m;
            yield return difference < 0
                ? $"You asked to exchange {ItemNames(order, order.ExchangeItems ?? [])} for cheaper ones, so the difference of "
                    + $"{OrderDescriptions.Money(-difference)} goes to {Method(profile, exchangeMethod)}. Once it is issued, {Timing(profile, exchangeMethod)}."
                : $"You asked to exchange {ItemNames(order, order.ExchangeItems ?? [])}; the new items cost the same or more, so no refund is due for the exchange.";
        }
    }

    private static string Method(User profile, string paymentMethodId) => PaymentMethodNames.Name(profile, paymentMethodId);

    private static decimal ItemsTotal(Order order, IReadOnlyList<string> itemIds) =>
        itemIds.Sum(id => order.Items.FirstOrDefault(i => i.ItemId == id)?.Price ?? 0m);

    private static string ItemNames(Order order, IReadOnlyList<string> itemIds)
    {
        var names = itemIds.Select(id => order.Items.FirstOrDefault(i => i.ItemId == id)?.Name).OfType<string>().ToList();
        return names.Count == 0 ? "items from it" : string.Join(", ", names);
    }
}
