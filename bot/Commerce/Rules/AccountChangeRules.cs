using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Rules;

/// <summary>Which rule an <see cref="AccountChange"/> applies, as a pure function of the current records: the one
/// place a change is mapped to the store's rules, so a preview shows exactly what carrying it out will do.</summary>
public static class AccountChangeRules
{
    public static (Order? Order, User Account) Apply(
        AccountChange change, Order? order, User account, IReadOnlyDictionary<string, Product> products, ModifiedItemPricing pricing) =>
        change switch
        {
            CancelPendingOrder c => PendingOrderRules.Cancel(Required(order), account, c.Reason),
            ModifyPendingOrderAddress c => (PendingOrderRules.ModifyAddress(Required(order), c.Address), account),
            ModifyPendingOrderItems c => PendingOrderRules.ModifyItems(Required(order), account, products, c.ItemIds, c.NewItemIds, c.PaymentMethodId, pricing),
            ModifyPendingOrderPayment c => PendingOrderRules.ModifyPayment(Required(order), account, c.PaymentMethodId),
            ReturnDeliveredOrderItems c => (DeliveredOrderRules.Return(Required(order), account, c.ItemIds, c.PaymentMethodId), account),
            ExchangeDeliveredOrderItems c => (DeliveredOrderRules.Exchange(Required(order), account, products, c.ItemIds, c.NewItemIds, c.PaymentMethodId), account),
            ModifyDefaultAddress c => (null, account with { Address = c.Address }),
            _ => throw new CommerceException("Unknown change"),
        };

    private static Order Required(Order? order) => order ?? throw new CommerceException("Order not found");
}
