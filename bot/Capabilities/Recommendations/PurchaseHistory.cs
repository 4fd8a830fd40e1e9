using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Capabilities.Recommendations;

/// <summary>What a customer has bought, by product id (the latest item of each product); cancelled orders bought nothing.</summary>
public sealed record PurchaseHistory(IReadOnlyDictionary<string, OrderItem> Products)
{
    public static PurchaseHistory None { get; } = new(new Dictionary<string, OrderItem>());

    public bool Owns(string productId) => Products.ContainsKey(productId);

    /// <summary>The products of the customer's orders, leaving out cancelled ones.</summary>
    public static PurchaseHistory Of(IEnumerable<Order> orders)
    {
        var products = new Dictionary<string, OrderItem>(StringComparer.Ordinal);
        foreach (var item in orders.Where(o => o.Status != OrderStatus.Cancelled).SelectMany(o => o.Items))
        {
            products[item.ProductId] = item;
        }
        return new PurchaseHistory(products);
    }

    /// <summary>The products of one order: what "you might also like" after that order is related to.</summary>
    public static PurchaseHistory OfOrder(Order order) =>
        new(order.Items.GroupBy(i => i.ProductId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal));
}
