using System.Globalization;
using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>How orders are read from messages and described to customers.</summary>
internal static partial class OrderDescriptions
{
    /// <summary>An order id in the slot or the text ("#W2378156", "w2378156").</summary>
    public static string? ReadOrderId(FlowTurn turn) =>
        turn.Intent.Slot("order_id") ?? (OrderIdPattern().Match(turn.Message.Text) is { Success: true } m ? m.Value : null);

    /// <summary>True when the text names an order id.</summary>
    public static bool NamesAnOrder(string text) => OrderIdPattern().IsMatch(text);

    public static string Money(decimal amount) => amount.ToString("$#,##0.00", CultureInfo.InvariantCulture);

    public static string Item(OrderItem item) =>
        $"{item.Name} ({string.Join(", ", item.Options.Select(o => $"{o.Key}: {o.Value}"))}) {Money(item.Price)}";

    public static string Summary(Order order)
    {
        var lines = new List<string> { $"Order {order.OrderId} is {Status(order)}." };
        lines.AddRange(order.Items.Select(i => "- " + Item(i)));
        lines.Add($"Ships to: {Addresses.AddressReader.Describe(order.Address)}");
        var tracking = order.Fulfillments.SelectMany(f => f.TrackingId).ToList();
        if (tracking.Count > 0)
        {
            lines.Add("Tracking: " + string.Join(", ", tracking));
        }
        return string.Join("\n", lines);
    }

    /// <summary>The order's status as the end of "Order #W… is …": the store's own word where it reads as English
    /// ("pending", "delivered"), else a phrase ("waiting for the exchange you requested").</summary>
    public static string Status(Order order) => order.Status switch
    {
        OrderStatus.ReturnRequested => "waiting for the return you requested",
        OrderStatus.ExchangeRequested => "waiting for the exchange you requested",
        OrderStatus.PendingItemModified => "pending, with its items changed",
        var status => status,
    };

    /// <summary>The payment methods that hold the order's money now (payments net of refunds), first paid first.</summary>
    public static IReadOnlyList<string> PaidBy(Order order) =>
        [.. order.PaymentHistory
            .GroupBy(p => p.PaymentMethodId, StringComparer.Ordinal)
            .Where(g => g.Sum(p => p.TransactionType == PaymentTransaction.Payment ? p.Amount : -p.Amount) > 0)
            .Select(g => g.Key)];

    /// <summary>One line per order with what is in it, so a customer can pick one by its content:
    /// "- #W2378156 (delivered): Headphones, 2 × Jigsaw Puzzle". A product in more than one of the listed orders, or twice
    /// in one, shows its options ("Tablet (8-inch, 64GB, silver)"); where the orders ship to different cities, each
    /// says its city ("(delivered, to Chicago)").</summary>
    public static string Listing(IReadOnlyList<Order> orders)
    {
        var byCity = orders.Select(o => o.Address.City).Distinct(StringComparer.Ordinal).Count() > 1;
        bool Shared(string product) => orders.Count(o => o.Items.Any(i => i.Name == product)) > 1;
        string Items(Order order) => string.Join(", ", order.Items.GroupBy(i => i.Name, StringComparer.Ordinal).Select(same =>
        {
            var count = same.Count() > 1 ? $"{same.Count()} × " : "";
            var options = Shared(same.Key) || same.Count() > 1
                ? $" ({string.Join("; ", same.Select(i => string.Join(", ", i.Options.Values)))})"
                : "";
            return count + same.Key + options;
        }));
        return string.Join("\n", orders.Select(o =>
            $"- {o.OrderId} ({o.Status}{(byCity ? $", to {o.Address.City}" : "")}): {Items(o)}"));
    }

    /// <summary>An order's id, status and the names of its products: "#W2378156 (delivered): Headphones, Jigsaw Puzzle".</summary>
    public static string Brief(Order order) =>
        $"{order.OrderId} ({order.Status}): {string.Join(", ", order.Items.Select(i => i.Name).Distinct(StringComparer.Ordinal))}";

    /// <summary>Suggested actions naming each order with its status, e.g. "#W2378156 (delivered)".</summary>
    public static string[] Choices(IEnumerable<Order> orders) =>
        orders.Select(o => $"{o.OrderId} ({o.Status})").ToArray();

    /// <summary>The policy's refusal for an order whose items were changed: that is allowed once, and ends all changes.</summary>
    public static string ItemsAlreadyChanged(Order order) =>
        $"The items of order {order.OrderId} were already changed once, and after an item change an order can no longer be changed or cancelled.";

    /// <summary>Order ids as customers type them: "W2378156", "#w2378156", " #W2378156 ".</summary>
    public static string NormalizeOrderId(string orderId)
    {
        var id = orderId.Trim().TrimStart('#').ToUpperInvariant();
        return id.Length == 0 ? id : "#" + id;
    }

    [GeneratedRegex(@"#?\b[Ww]\d{7}\b")]
    private static partial Regex OrderIdPattern();
}
