using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Focus;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// The amounts of <see cref="AccountAmountsFlow"/> read off the customer's orders: what the items of one product cost
/// across their orders ("how much have I spent on grills?"), and which item of an order cost the most or the least.
/// </summary>
internal static class OrderAmounts
{
    /// <summary>The customer's items of the product the question names, across every order not cancelled, each with its
    /// price and order, then the total; null when the question names no product of theirs, or points at one order
    /// ("in that order", "#W…"), which the order's own total answers.</summary>
    public static string? ProductSpend(string question, IReadOnlyList<Order> orders)
    {
        if (OrderDescriptions.NamesAnOrder(question) || (References.PointsAtTheOrder(question) && !References.PointsElsewhere(question)))
        {
            return null;
        }
        var bought = orders.Where(o => o.Status != OrderStatus.Cancelled).ToList();
        var phrase = ProductInWords.Phrase(question);
        var readings = bought.SelectMany(o => o.Items).Select(i => i.Name).Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, ProductInWords.Naming(phrase, name, strict: true).Strength))
            .Where(r => r.Strength != ProductInWords.Strength.None)
            .ToList();
        if (readings.Count == 0)
        {
            return null;
        }
        var strongest = readings.Max(r => r.Strength);
        var names = readings.Where(r => r.Strength == strongest).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count > 1 && strongest != ProductInWords.Strength.Whole)
        {
            // A word two products share ("the set") names neither.
            return null;
        }
        var items = bought.SelectMany(o => o.Items.Where(i => names.Contains(i.Name)).Select(i => (Order: o, Item: i))).ToList();
        var total = items.Sum(x => x.Item.Price);
        var lines = items.Select(x => $"- {OrderDescriptions.Item(x.Item)} in order {x.Order.OrderId} ({OrderDescriptions.Status(x.Order)})");
        var what = string.Join(" and ", names);
        return items.Count == 1
            ? $"You have bought one {what}: {OrderDescriptions.Item(items[0].Item)}, in order {items[0].Order.OrderId} ({OrderDescriptions.Status(items[0].Order)})."
            : $"Across your orders you have bought {items.Count} × {what}:\n{string.Join("\n", lines)}\n\nTogether they cost {OrderDescriptions.Money(total)}."
                + (orders.Count > bought.Count ? " Cancelled orders are not counted." : "");
    }

    /// <summary>The dearest (or cheapest, as the question asks) item of the order with its price; the item is then in focus.</summary>
    public static string ItemPrice(string question, Order order, FlowTurn turn)
    {
        var dearest = OrderClues.PriceExtreme(question) ?? true;
        var item = dearest ? order.Items.MaxBy(i => i.Price)! : order.Items.MinBy(i => i.Price)!;
        turn.Conversation.Focus.OnProduct(item.ProductId, item.ItemId, turn.Conversation.Turn);
        var options = string.Join(", ", item.Options.Select(o => $"{o.Key}: {o.Value}"));
        return $"The {(dearest ? "most expensive" : "cheapest")} item in order {order.OrderId} ({OrderDescriptions.Status(order)}) is the "
            + $"{item.Name} ({options}), which cost {OrderDescriptions.Money(item.Price)}.";
    }

    /// <summary>
    /// The words that say which order "that order" or "it" means when nothing is in focus: the customer's own earlier
    /// message that named or described an order ("the order I just placed is more than $1160..."), put before the
    /// question; otherwise the question alone.
    /// </summary>
    public static string WithEarlierOrderWords(string question, ConversationData conversation)
    {
        if (OrderDescriptions.NamesAnOrder(question) || !References.PointsAtTheOrder(question)
            || conversation.Focus.FreshOrder(conversation.Turn) is not null)
        {
            return question;
        }
        // The last line is this question; the customer's lines before it, newest first, within the focus's reach.
        var earlier = conversation.Transcript.SkipLast(1).TakeLast(2 * ConversationFocus.FreshTurns)
            .Where(l => l.From == "customer").Select(l => l.Text).Reverse()
            .FirstOrDefault(text => OrderDescriptions.NamesAnOrder(text) || OrderClues.Placed(text) is not null);
        return earlier is null ? question : $"{earlier} {question}";
    }
}
