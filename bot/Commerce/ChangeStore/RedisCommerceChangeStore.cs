using StackExchange.Redis;

namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>Changes kept in Redis (one string key per record), so they survive restarts and are shared by
/// replicas. A write is a MULTI/EXEC transaction guarded by a condition on every record's previous value.</summary>
public sealed class RedisCommerceChangeStore(IConnectionMultiplexer redis, string keyPrefix) : ICommerceChangeStore
{
    public async Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken)
    {
        var value = await redis.GetDatabase().StringGetAsync(RedisKeyOf(key));
        return value.IsNull ? null : value.ToString();
    }

    public async Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        foreach (var write in writes)
        {
            var key = RedisKeyOf(write.Key);
            transaction.AddCondition(write.ExpectedJson is null
                ? Condition.KeyNotExists(key)
                : Condition.StringEqual(key, write.ExpectedJson));
            _ = transaction.StringSetAsync(key, write.NewJson);
        }
        return await transaction.ExecuteAsync();
    }

    private RedisKey RedisKeyOf(RecordKey key) => $"{keyPrefix}{key.Kind}:{key.Id}";
}
