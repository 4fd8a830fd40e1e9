using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// A change request that points back ("it", "that", "the same") right after an order was shown does not always mean
/// that order: "please also cancel the charger I just bought, it goes with the tablet" after the tablet's delivered
/// order, "I also want to exchange my jigsaw for the same difficulty" after another order's exchange. When the focused
/// order cannot take the change, or its items are not what the request names, and the request's words name exactly one
/// other order that can, that other order is meant.
/// </summary>
internal static class FocusedOrderNotMeant
{
    /// <summary>The one other order the request means instead of <paramref name="focusedId"/>, or null when the
    /// focused order stands.</summary>
    public static Order? Other(string request, IReadOnlyList<Order> orders, string focusedId, Func<Order, bool> qualifies)
    {
        if (orders.FirstOrDefault(o => o.OrderId == focusedId) is not { } focused)
        {
            return null;
        }
        var qualifying = orders.Where(qualifies).ToList();
        if (OrderInWords.Named(request, qualifying, focusedId) is not [var named] || named.OrderId == focusedId)
        {
            return null;
        }
        // A focused order that can take the change stands unless the request names none of its products.
        return !qualifies(focused) || OrderInWords.NamedByContent(request, [focused, named], focusedId) is [var only] && only.OrderId == named.OrderId
            ? named
            : null;
    }
}
