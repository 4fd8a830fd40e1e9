using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// A request to cancel some items of a pending order ("cancel the charger but keep the kettle", "can I cancel just that
/// item?", "remove the jacket from my order"): the store cancels only whole pending orders, so the customer is told so,
/// with what can be done instead, before anything is cancelled.
/// </summary>
internal static partial class PartialCancellation
{
    /// <summary>True when the request means only part of an order that holds more than that.</summary>
    public static bool Asked(string request, Order order)
    {
        if (order.Items.Count < 2)
        {
            return false;
        }
        var named = ItemsInWords.Chosen(request, order, fromRequest: true);
        return (named.Count > 0 && named.Count < order.Items.Count) || PartOnly().IsMatch(request);
    }

    /// <summary>The request asks to take items out of the order ("remove the jacket from my pending order").</summary>
    public static bool AskedToRemove(string request) => Removal().IsMatch(request);

    public static string Refusal(Order order) =>
        $"A pending order can only be cancelled as a whole, not item by item: order {order.OrderId} holds "
        + $"{string.Join(", ", order.Items.Select(i => i.Name))}. I can cancel the whole order, or change its items to other options "
        + "(size, colour and so on) before it ships; once delivered, single items can be returned.";

    [GeneratedRegex(@"\b(?:just|only)\s+(?:that|this|the|one|a|my)\s+(?!(?:order|one|pending|delivered|latest|last|recent|new|first|second|other)\b)[\w-]+|\bremove\b|\bnot\s+(?:cancel\s+)?the\s+(?:whole|entire)\s+order\b|\b(?:don't|do not)\s+cancel\s+the\s+(?:whole|entire)\s+order\b|\bbut\s+keep\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOnly();

    [GeneratedRegex(@"\b(?:remove|delete|cancel|take\s+(?:it|them|that|this)\s+(?:off|out))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Removal();
}
