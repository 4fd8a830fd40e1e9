using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads a variant named by another of the customer's items of the same product: "the same type as the garden hose in
/// my pending order", "like the one I already received", "the one from my other order". The order's status words
/// ("pending", "received", "delivered") narrow which orders are meant.
/// </summary>
internal static partial class OtherOrderItem
{
    public static bool IsReferredTo(string answer) => Reference().IsMatch(answer);

    /// <summary>The customer's item of <paramref name="item"/>'s product, other than it, in the orders the answer means:
    /// the other orders first, then the same order.</summary>
    public static OrderItem? Find(IEnumerable<Order> orders, Order current, OrderItem item, string answer)
    {
        var status = StatusMeant(answer);
        return orders
            .Where(o => status is null || string.Equals(o.Status, status, StringComparison.OrdinalIgnoreCase)
                || (status == OrderStatus.Delivered && WasDelivered(o.Status)))
            .OrderBy(o => o.OrderId == current.OrderId)
            .SelectMany(o => o.Items)
            .FirstOrDefault(i => i.ProductId == item.ProductId && i.ItemId != item.ItemId);
    }

    /// <summary>Where the answer says to look, in the bot's words ("your pending orders").</summary>
    public static string Where(string answer) => StatusMeant(answer) switch
    {
        OrderStatus.Pending => "your pending orders",
        OrderStatus.Delivered => "your delivered orders",
        _ => "your other orders",
    };

    /// <summary>An order being returned or exchanged was received all the same ("the one I already received").</summary>
    private static bool WasDelivered(string status) => status is OrderStatus.ExchangeRequested or OrderStatus.ReturnRequested;

    private static string? StatusMeant(string answer)
    {
        if (Pending().IsMatch(answer))
        {
            return OrderStatus.Pending;
        }
        return Delivered().IsMatch(answer) ? OrderStatus.Delivered : null;
    }

    // "(the same type as the one) in my pending order", "like the one from my other order"; "the same as (the one) I
    // already received / have". A question about other orders ("what did I pay in my previous orders?") is not one.
    [GeneratedRegex(@"\b(same|like|as|match\w*)\b[^.?!]{0,60}\b(in|from|on) (my|the) (other|pending|delivered|previous|earlier|last|older|newer|recent) orders?\b(?![^?]*\?)|\b(same|like|as|match\w*)\b[^.?!]{0,60}\b(i|i've|i have|i had|i already) (already |previously |just )?(received|got|bought|ordered|have)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\bpending\b|\bnot (yet )?(shipped|delivered|arrived)\b|\bjust ordered\b|\bhaven'?t (received|got)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pending();

    [GeneratedRegex(@"\b(received|delivered|got)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Delivered();
}
