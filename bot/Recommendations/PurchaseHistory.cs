using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Recommendations;

/// <summary>What a customer has bought, by product id (the latest item of each product), from the store's current
/// records; cancelled orders bought nothing.</summary>
public sealed record PurchaseHistory(IReadOnlyDictionary<string, OrderItem> Products)
{
    public static PurchaseHistory None { get; } = new(new Dictionary<string, OrderItem>());

    public bool Owns(string productId) => Products.ContainsKey(productId);

    public static async Task<PurchaseHistory> OfCustomerAsync(ICommerceStore store, string customerId, CancellationToken cancellationToken)
    {
        User user;
        try
        {
            user = await store.GetUserAsync(customerId, cancellationToken);
        }
        catch (CommerceException)
        {
            return None;
        }
        var products = new Dictionary<string, OrderItem>(StringComparer.Ordinal);
        foreach (var orderId in user.Orders)
        {
            var order = await store.GetOrderAsync(orderId, cancellationToken);
            if (order.Status == OrderStatus.Cancelled)
            {
                continue;
            }
            foreach (var item in order.Items)
            {
                products[item.ProductId] = item;
            }
        }
        return new PurchaseHistory(products);
    }

    /// <summary>The products of one order: what "you might also like" after that order is related to.</summary>
    public static PurchaseHistory OfOrder(Order order) =>
        new(order.Items.GroupBy(i => i.ProductId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal));
}
