namespace EcomBot.Bot.Commerce.History;

/// <summary>
/// The store's order history with the people taken out: which products were bought together, by whom only as an opaque
/// key that names no customer. What recommendations learn co-purchases from; it can never be used to look anyone up.
/// </summary>
public interface IOrderHistory
{
    Task<IReadOnlyList<AnonymousOrder>> ListAsync(CancellationToken cancellationToken = default);
}

/// <param name="Shopper">An opaque key, the same for all orders of one customer and unrelated to their id or name.</param>
/// <param name="Status">The order's status ("delivered", "cancelled", ...).</param>
/// <param name="ProductIds">The products of the order's items, an id repeated for each unit.</param>
public sealed record AnonymousOrder(string Shopper, string Status, IReadOnlyList<string> ProductIds);
