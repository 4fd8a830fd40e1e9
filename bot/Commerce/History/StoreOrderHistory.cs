using System.Security.Cryptography;
using System.Text;

namespace EcomBot.Bot.Commerce.History;

/// <summary>The demo store's shipped orders, anonymised once: each customer becomes a keyed hash (the key is made
/// per process, so the keys cannot be recomputed from a customer id elsewhere).</summary>
public sealed class StoreOrderHistory(StoreDatabase database) : IOrderHistory
{
    private readonly Lazy<IReadOnlyList<AnonymousOrder>> _orders = new(() => Anonymise(database), LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<IReadOnlyList<AnonymousOrder>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(_orders.Value);

    private static IReadOnlyList<AnonymousOrder> Anonymise(StoreDatabase database)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return [.. database.Orders.Values
            .OrderBy(o => o.OrderId, StringComparer.Ordinal)
            .Select(o => new AnonymousOrder(Pseudonym(key, o.UserId), o.Status, [.. o.Items.Select(i => i.ProductId)]))];
    }

    private static string Pseudonym(byte[] key, string customerId) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(customerId)), 0, 12);
}
