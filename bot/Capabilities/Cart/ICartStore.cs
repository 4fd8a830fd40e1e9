namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>Carts, one per <see cref="CartOwner"/>. Lines are keyed by item id: adding an item twice raises its quantity.</summary>
public interface ICartStore
{
    Task<IReadOnlyList<CartLine>> GetAsync(CartOwner owner, CancellationToken cancellationToken);

    /// <summary>Adds the line, or adds its quantity to the line already there for the same item; returns the line as stored.</summary>
    Task<CartLine> AddAsync(CartOwner owner, CartLine line, CancellationToken cancellationToken);

    /// <summary>Removes the item's line; false if it was not in the cart.</summary>
    Task<bool> RemoveAsync(CartOwner owner, string itemId, CancellationToken cancellationToken);

    /// <summary>Empties the cart (idempotent).</summary>
    Task ClearAsync(CartOwner owner, CancellationToken cancellationToken);
}
