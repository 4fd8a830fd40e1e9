using EcomBot.Bot.Commerce.Records;
using static EcomBot.Bot.Commerce.Rules.OrderChangeRules;

namespace EcomBot.Bot.Commerce.Rules;

/// <summary>The policy's rules for returning or exchanging items of a delivered order (once per order).</summary>
public static class DeliveredOrderRules
{
    /// <summary>Requests a return, refunded to the original payment method or any of the user's gift cards.</summary>
    public static Order Return(Order order, User user, IReadOnlyList<string> itemIds, string paymentMethodId)
    {
        if (order.Status != OrderStatus.Delivered)
        {
            throw new CommerceException("Non-delivered order cannot be returned");
        }
        var method = PaymentMethodOf(user, paymentMethodId);
        if (!method.IsGiftCard && paymentMethodId != order.PaymentHistory[0].PaymentMethodId)
        {
            throw new CommerceException("Payment method should be the original payment method");
        }
        RequireItemsInOrder(order, itemIds, _ => "Some item not found");
        return order with
        {
            Status = OrderStatus.ReturnRequested,
            ReturnItems = SortedIds(itemIds),
            ReturnPaymentMethodId = paymentMethodId,
        };
    }

    /// <summary>Requests an exchange for other available variants of the same products; a gift card paying the
    /// difference must cover it.</summary>
    public static Order Exchange(
        Order order, User user, IReadOnlyDictionary<string, Product> products,
        IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId)
    {
        if (order.Status != OrderStatus.Delivered)
        {
            throw new CommerceException("Non-delivered order cannot be exchanged");
        }
        RequireItemsInOrder(order, itemIds, id => $"Number of {id} not found.");
        if (itemIds.Count != newItemIds.Count)
        {
            throw new CommerceException("The number of items to be exchanged should match.");
        }
        var (difference, _) = PriceDifference(order, products, itemIds, newItemIds, requireDifferentItem: false);
        difference = Math.Round(difference, 2);
        var method = PaymentMethodOf(user, paymentMethodId);
        if (method.IsGiftCard && method.GiftCardBalance < difference)
        {
            throw new CommerceException("Insufficient gift card balance to pay for the price difference");
        }
        return order with
        {
            Status = OrderStatus.ExchangeRequested,
            ExchangeItems = SortedIds(itemIds),
            ExchangeNewItems = SortedIds(newItemIds),
            ExchangePaymentMethodId = paymentMethodId,
            ExchangePriceDifference = difference,
        };
    }
}
