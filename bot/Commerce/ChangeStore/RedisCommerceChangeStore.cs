using EcomBot.Bot.State;
using StackExchange.Redis;

namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>Changes kept in Redis (one string key per record), so they survive restarts and are shared by
/// replicas; erased users are members of one set, <c>{prefix}erased-users</c>, by <see cref="ErasureMark"/>. A write is a
/// MULTI/EXEC transaction guarded by a condition on every record's previous value. Through the
/// <see cref="RedisCircuit"/>: while Redis is unreachable every call throws <see cref="StoreUnavailableException"/>, and the
/// store never falls back to <c>db.json</c> for a record it could not read.</summary>
public sealed class RedisCommerceChangeStore(RedisCircuit redis, string keyPrefix) : ICommerceChangeStore
{
    private const string StoreName = "order records";

    private RedisKey ErasedKey => $"{keyPrefix}erased-users";

    public Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken) =>
        redis.ReadAsync(StoreName, async database =>
        {
            var value = await database.StringGetAsync(RedisKeyOf(key)).WaitAsync(cancellationToken);
            return value.IsNull ? null : value.ToString();
        });

    public Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken) =>
        redis.WriteAsync(StoreName, database =>
        {
            var transaction = database.CreateTransaction();
            AddWrites(transaction, writes);
            foreach (var user in writes.Where(w => w.Key.Kind == RecordKey.UsersKind))
            {
                transaction.AddCondition(Condition.SetNotContains(ErasedKey, ErasureMark.Of(user.Key.Id)));
            }
            return transaction.ExecuteAsync().WaitAsync(cancellationToken);
        });

    public Task<bool> IsErasedAsync(string userId, CancellationToken cancellationToken) =>
        redis.ReadAsync(StoreName, database => database.SetContainsAsync(ErasedKey, ErasureMark.Of(userId)).WaitAsync(cancellationToken));

    public Task<bool> TryEraseUserAsync(string userId, string? expectedUserJson, IReadOnlyCollection<RecordWrite> orderWrites, CancellationToken cancellationToken) =>
        redis.WriteAsync(StoreName, database =>
        {
            var user = RedisKeyOf(RecordKey.User(userId));
            var transaction = database.CreateTransaction();
            transaction.AddCondition(expectedUserJson is null ? Condition.KeyNotExists(user) : Condition.StringEqual(user, expectedUserJson));
            AddWrites(transaction, orderWrites);
            _ = transaction.KeyDeleteAsync(user);
            _ = transaction.SetAddAsync(ErasedKey, ErasureMark.Of(userId));
            return transaction.ExecuteAsync().WaitAsync(cancellationToken);
        });

    private void AddWrites(ITransaction transaction, IEnumerable<RecordWrite> writes)
    {
        foreach (var write in writes)
        {
            var key = RedisKeyOf(write.Key);
            transaction.AddCondition(write.ExpectedJson is null
                ? Condition.KeyNotExists(key)
                : Condition.StringEqual(key, write.ExpectedJson));
            _ = transaction.StringSetAsync(key, write.NewJson);
        }
    }

    private RedisKey RedisKeyOf(RecordKey key) => $"{keyPrefix}{key.Kind}:{key.Id}";
}
