using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>A record as read in one attempt: its value and the stored JSON it came from (null when unchanged
/// since <c>db.json</c>), which the write is conditioned on.</summary>
internal sealed record ReadRecord<T>(RecordKey Key, T Value, string? StoredJson);

/// <summary>One attempt at a change: reads records through the change store, stages new values, and writes
/// them together only if none was changed meanwhile.</summary>
internal sealed class ChangeSession(StoreDatabase database, ICommerceChangeStore changes)
{
    private readonly Dictionary<RecordKey, RecordWrite> _staged = [];

    public Task<ReadRecord<Order>> OrderAsync(string orderId, CancellationToken cancellationToken) =>
        ReadAsync(RecordKey.Order(orderId), database.Orders.GetValueOrDefault(orderId), "Order not found", cancellationToken);

    /// <summary>The user's current record; an erased user is not found, although <c>db.json</c> still holds them.</summary>
    public async Task<ReadRecord<User>> UserAsync(string userId, CancellationToken cancellationToken) =>
        await TryUserAsync(userId, cancellationToken) ?? throw new CommerceException("User not found");

    /// <summary>The user's current record, or null if there is none or the user was erased.</summary>
    public async Task<ReadRecord<User>?> TryUserAsync(string userId, CancellationToken cancellationToken)
    {
        var key = RecordKey.User(userId);
        // Both questions at once (one round trip on Redis): an erased user has no changed record, only the mark.
        var storedRead = changes.GetAsync(key, cancellationToken);
        var erasedRead = changes.IsErasedAsync(userId, cancellationToken);
        await Task.WhenAll(storedRead, erasedRead);
        var (stored, erased) = (storedRead.Result, erasedRead.Result);
        if (stored is not null)
        {
            return new ReadRecord<User>(key, CommerceJson.Deserialize<User>(stored), stored);
        }
        return !erased && database.Users.GetValueOrDefault(userId) is { } shipped ? new ReadRecord<User>(key, shipped, null) : null;
    }

    /// <summary>Stages <paramref name="changed"/> unless it equals what was read, and returns it.</summary>
    public T Stage<T>(ReadRecord<T> read, T changed)
    {
        var json = CommerceJson.Serialize(changed);
        if (json != (read.StoredJson ?? CommerceJson.Serialize(read.Value)))
        {
            _staged[read.Key] = new RecordWrite(read.Key, read.StoredJson, json);
        }
        return changed;
    }

    public async Task<bool> CommitAsync(CancellationToken cancellationToken) =>
        _staged.Count == 0 || await changes.TryWriteAsync(_staged.Values, cancellationToken);

    /// <summary>Erases the user as read, writing the anonymised orders with it in one compare-and-set.</summary>
    public Task<bool> CommitErasureAsync(ReadRecord<User> user, IReadOnlyCollection<RecordWrite> anonymisedOrders, CancellationToken cancellationToken) =>
        changes.TryEraseUserAsync(user.Key.Id, user.StoredJson, anonymisedOrders, cancellationToken);

    private async Task<ReadRecord<T>> ReadAsync<T>(RecordKey key, T? shipped, string notFound, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await changes.GetAsync(key, cancellationToken);
        var value = stored is not null ? CommerceJson.Deserialize<T>(stored) : shipped ?? throw new CommerceException(notFound);
        return new ReadRecord<T>(key, value, stored);
    }
}
