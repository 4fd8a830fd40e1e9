using System.Security.Cryptography;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Erasure;

/// <summary>A customer's records in the store: their account and the orders that name them.</summary>
public sealed record CustomerRecords(User User, IReadOnlyList<Order> Orders);

/// <summary>
/// Export and erasure of what the store keeps about one customer. Erasure keeps the orders for the shop's books,
/// anonymised (<see cref="OrderAnonymisation"/>, one random pseudonym for all of them), and makes the customer unknown:
/// their changed record is deleted and the erasure recorded, so neither their id, their email nor their name and zip
/// find them again, although the shipped <c>db.json</c> still holds them. All in one compare-and-set, retried when a
/// turn changed the same records meanwhile; erasing someone unknown or already erased does nothing.
/// </summary>
public sealed class CustomerStoreRecords(StoreDatabase database, ICommerceChangeStore changes)
{
    private const int MaxAttempts = 16;

    /// <summary>The customer's current records, or null if the store does not know them (or they were erased).</summary>
    public async Task<CustomerRecords?> ExportAsync(string customerId, CancellationToken cancellationToken)
    {
        var session = new ChangeSession(database, changes);
        if (await session.TryUserAsync(customerId, cancellationToken) is not { } user)
        {
            return null;
        }
        var orders = new List<Order>();
        foreach (var order in await OrdersOfAsync(session, user.Value, cancellationToken))
        {
            orders.Add(order.Value);
        }
        return new CustomerRecords(user.Value, orders);
    }

    /// <summary>Erases the customer; false if the store did not know them (or they were already erased).</summary>
    public async Task<bool> EraseAsync(string customerId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var session = new ChangeSession(database, changes);
            if (await session.TryUserAsync(customerId, cancellationToken) is not { } user)
            {
                return false;
            }
            var pseudonym = "erased_" + RandomNumberGenerator.GetHexString(12, lowercase: true);
            var anonymised = (await OrdersOfAsync(session, user.Value, cancellationToken))
                .Select(order => new RecordWrite(order.Key, order.StoredJson, CommerceJson.Serialize(OrderAnonymisation.Anonymise(order.Value, pseudonym))))
                .ToList();
            if (await session.CommitErasureAsync(user, anonymised, cancellationToken))
            {
                return true;
            }
        }
        throw new InvalidOperationException($"The customer's records stayed contended after {MaxAttempts} attempts to erase them.");
    }

    /// <summary>The orders listed on the user's record and those in <c>db.json</c> that name them, as they are now.</summary>
    private async Task<IReadOnlyList<ReadRecord<Order>>> OrdersOfAsync(ChangeSession session, User user, CancellationToken cancellationToken)
    {
        var orders = new List<ReadRecord<Order>>();
        foreach (var orderId in user.Orders.Concat(database.OrderIdsOfUser(user.UserId)).Distinct(StringComparer.Ordinal))
        {
            var order = await session.OrderAsync(orderId, cancellationToken);
            if (order.Value.UserId == user.UserId)
            {
                orders.Add(order);
            }
        }
        return orders;
    }
}
