using System.Collections.Concurrent;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>Carts in process memory: the default when no Redis is configured (lost on restart).</summary>
public sealed class InMemoryCartStore : ICartStore
{
    private readonly ConcurrentDictionary<string, Dictionary<string, CartLine>> _carts = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<CartLine>> GetAsync(CartOwner owner, CancellationToken cancellationToken)
    {
        if (!_carts.TryGetValue(owner.Key, out var cart))
        {
            return Task.FromResult<IReadOnlyList<CartLine>>([]);
        }
        lock (cart)
        {
            return Task.FromResult<IReadOnlyList<CartLine>>(cart.Values.OrderBy(l => l.ItemId, StringComparer.Ordinal).ToList());
        }
    }

    public Task<CartLine> AddAsync(CartOwner owner, CartLine line, CancellationToken cancellationToken)
    {
        var cart = _carts.GetOrAdd(owner.Key, _ => new Dictionary<string, CartLine>(StringComparer.Ordinal));
        lock (cart)
        {
            var stored = cart.TryGetValue(line.ItemId, out var existing)
                ? existing with { Quantity = existing.Quantity + line.Quantity }
                : line;
            cart[line.ItemId] = stored;
            return Task.FromResult(stored);
        }
    }

    public Task<bool> RemoveAsync(CartOwner owner, string itemId, CancellationToken cancellationToken)
    {
        if (!_carts.TryGetValue(owner.Key, out var cart))
        {
            return Task.FromResult(false);
        }
        lock (cart)
        {
            return Task.FromResult(cart.Remove(itemId));
        }
    }

    public Task ClearAsync(CartOwner owner, CancellationToken cancellationToken)
    {
        _carts.TryRemove(owner.Key, out _);
        return Task.CompletedTask;
    }
}
