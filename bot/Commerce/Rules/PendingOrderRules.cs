using EcomBot.Bot.Commerce.Records;
using static EcomBot.Bot.Commerce.Rules.OrderChangeRules;

namespace EcomBot.Bot.Commerce.Rules;

/// <summary>The policy's rules for changing an order before it ships, as pure functions from the current
/// records to the changed ones. A refusal throws <see cref="CommerceException"/> with the store's wording.</summary>
public static class PendingOrderRules
{
    public static readonly IReadOnlySet<string> CancelReasons = new HashSet<string>(StringComparer.Ordinal) { "no longer needed", "ordered by mistake" };

    /// <summary>Cancels a pending order and refunds what was paid, to a gift card at once.</summary>
    public static (Order Order, User User) Cancel(Order order, User user, string reason)
    {
        if (order.Status != OrderStatus.Pending)
        {
            throw new CommerceException("Non-pending order cannot be cancelled");
        }
        if (!CancelReasons.Contains(reason))
        {
            throw new CommerceException("Invalid reason");
        }
        // Refund what each method paid net of earlier refunds, so a payment already moved to another method
        // is not refunded twice.
        var refunds = order.PaymentHistory
            .GroupBy(p => p.PaymentMethodId, StringComparer.Ordinal)
            .Select(g => new PaymentTransaction(PaymentTransaction.Refund,
                g.Sum(p => p.TransactionType == PaymentTransaction.Payment ? p.Amount : -p.Amount), g.Key))
            .Where(r => r.Amount > 0)
            .ToList();
        foreach (var refund in refunds)
        {
            user = AddToGiftCard(user, refund.PaymentMethodId, refund.Amount);
        }
        var cancelled = order with
        {
            Status = OrderStatus.Cancelled,
            CancelReason = reason,
            PaymentHistory = [.. order.PaymentHistory, .. refunds],
        };
        return (cancelled, user);
    }

    public static Order ModifyAddress(Order order, Address address)
    {
        if (!order.IsPending)
        {
            throw new CommerceException("Non-pending order cannot be modified");
        }
        return order with { Address = address };
    }

    /// <summary>Swaps items for other variants of the same products (once per order); the price difference is
    /// paid with, or refunded to, the given method.</summary>
    public static (Order Order, User User) ModifyItems(
        Order order, User user, IReadOnlyDictionary<string, Product> products,
        IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, ModifiedItemPricing pricing)
    {
        if (order.Status != OrderStatus.Pending)
        {
            throw new CommerceException("Non-pending order cannot be modified");
        }
        RequireItemsInOrder(order, itemIds, id => $"{id} not found");
        if (itemIds.Count != newItemIds.Count)
        {
            throw new CommerceException("The number of items to be exchanged should match");
        }
        var (difference, variants) = PriceDifference(order, products, itemIds, newItemIds, requireDifferentItem: true);
        var method = PaymentMethodOf(user, paymentMethodId);
        if (method.IsGiftCard && method.GiftCardBalance < difference)
        {
            throw new CommerceException("Insufficient gift card balance to pay for the new item");
        }

        var items = order.Items.ToList();
        for (var i = 0; i < itemIds.Count; i++)
        {
            var index = items.FindIndex(x => x.ItemId == itemIds[i]);
            var variant = pricing == ModifiedItemPricing.LastVariantLikeBenchmark ? variants[^1] : variants[i];
            items[index] = items[index] with { ItemId = newItemIds[i], Price = variant.Price, Options = variant.Options };
        }
        var transaction = new PaymentTransaction(
            difference > 0 ? PaymentTransaction.Payment : PaymentTransaction.Refund, Math.Abs(difference), paymentMethodId);
        var modified = order with
        {
            Items = items,
            Status = OrderStatus.PendingItemModified,
            PaymentHistory = [.. order.PaymentHistory, transaction],
        };
        return (modified, AddToGiftCard(user, paymentMethodId, -difference));
    }

    /// <summary>Moves the order's single payment to another of the user's methods: a payment with the new method
    /// and a refund to the old one, gift card balances moving accordingly.</summary>
    public static (Order Order, User User) ModifyPayment(Order order, User user, string paymentMethodId)
    {
        if (!order.IsPending)
        {
            throw new CommerceException("Non-pending order cannot be modified");
        }
        var method = PaymentMethodOf(user, paymentMethodId);
        if (order.PaymentHistory is not [{ TransactionType: PaymentTransaction.Payment } original])
        {
            throw new CommerceException("There should be exactly one payment for a pending order");
        }
        if (original.PaymentMethodId == paymentMethodId)
        {
            throw new CommerceException("The new payment method should be different from the current one");
        }
        if (method.IsGiftCard && method.GiftCardBalance < original.Amount)
        {
            throw new CommerceException("Insufficient gift card balance to pay for the order");
        }
        var modified = order with
        {
            PaymentHistory =
            [
                original,
                new PaymentTransaction(PaymentTransaction.Payment, original.Amount, paymentMethodId),
                new PaymentTransaction(PaymentTransaction.Refund, original.Amount, original.PaymentMethodId),
            ],
        };
        user = AddToGiftCard(user, paymentMethodId, -original.Amount);
        user = AddToGiftCard(user, original.PaymentMethodId, original.Amount);
        return (modified, user);
    }
}
