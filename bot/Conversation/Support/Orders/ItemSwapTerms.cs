using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>How an <see cref="ItemSwap"/> is worded and carried out, by the order's status: a delivered order's items
/// are exchanged (sent back for new ones), a pending order's items are changed before it ships.</summary>
internal sealed record ItemSwapTerms(
    string Verb,
    string Participle,
    string Gerund,
    string Noun,
    string Article,
    string OtherProductAdvice,
    string SameItemAdvice,
    string YesMeans,
    Func<Order, string> OnlyOnceReminder,
    Func<Order, string> Done)
{
    public static readonly ItemSwapTerms DeliveredExchange = new(
        "exchange", "exchanged", "Exchanging", "exchange", "An exchange",
        "For a different product, return this one and order the new item.",
        "If you want no option changed, I can return it for a refund instead",
        "start the exchange",
        _ => "An order can be exchanged only once, so please check this lists every item you want to exchange.",
        o => $"Done: order {o.OrderId} is now \"{o.Status}\". You'll receive an email with instructions for sending the items back; the new items ship once they arrive.");

    public static readonly ItemSwapTerms PendingChange = new(
        "change", "changed", "Changing", "item change", "An item change",
        "For a different product, place a new order (this one can still be cancelled while it is pending).",
        "If you want no option changed, it can simply stay as it is",
        "change the items",
        o => $"Items can be changed only once: afterwards order {o.OrderId} becomes \"{OrderStatus.PendingItemModified}\" and can no longer be changed or cancelled, so please check this lists every item you want to change.",
        o => $"Done: order {o.OrderId} is now \"{o.Status}\" with the new items, and will ship as usual.");
}
