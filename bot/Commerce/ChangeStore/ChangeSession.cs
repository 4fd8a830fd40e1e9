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

    public Task<ReadRecord<User>> UserAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync(RecordKey.User(userId), database.Users.GetValueOrDefault(userId), "User not found", cancellationToken);

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

    private async Task<ReadRecord<T>> ReadAsync<T>(RecordKey key, T? shipped, string notFound, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await changes.GetAsync(key, cancellationToken);
        var value = stored is not null ? CommerceJson.Deserialize<T>(stored) : shipped ?? throw new CommerceException(notFound);
        return new ReadRecord<T>(key, value, stored);
    }
}
