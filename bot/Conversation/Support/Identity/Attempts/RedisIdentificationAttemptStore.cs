using EcomBot.Bot.State;
using StackExchange.Redis;

namespace EcomBot.Bot.Conversation.Support.Identity.Attempts;

/// <summary>
/// Attempts in Redis, shared by every replica: one hash per key, <c>{KeyPrefix}identity:attempts:{key}</c>, with the
/// count, the last attempt and when to forget it, in milliseconds of the application's clock (so a test's clock
/// decides what is forgotten). The key also expires in Redis after the remembered time, so nothing is left behind.
/// Adding is one script, so attempts from several replicas at once are all counted. Calls go through the
/// <see cref="RedisCircuit"/>: with Redis down they throw <see cref="StoreUnavailableException"/> at once, so no try is
/// let through uncounted (the turn is answered that it must wait).
/// </summary>
public sealed class RedisIdentificationAttemptStore(RedisCircuit redis, string keyPrefix, TimeProvider clock) : IIdentificationAttemptStore
{
    private const string StoreName = "identification attempts";

    private const string AddScript = """
        local now = tonumber(ARGV[1])
        local keep = tonumber(ARGV[2])
        local count = 0
        local forget = tonumber(redis.call('HGET', KEYS[1], 'forget') or '0')
        if forget > now then
          count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
        end
        count = count + 1
        redis.call('HSET', KEYS[1], 'count', count, 'last', now, 'forget', now + keep)
        redis.call('PEXPIRE', KEYS[1], keep)
        return count
        """;

    private static readonly RedisValue[] Fields = ["count", "last", "forget"];

    public RedisKey KeyOf(string key) => keyPrefix + "identity:attempts:" + key;

    public async Task<AttemptTally> GetAsync(string key, CancellationToken cancellationToken)
    {
        var values = await redis.ReadAsync(StoreName, database => database.HashGetAsync(KeyOf(key), Fields));
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (values[0].IsNull || (long)values[2] <= now)
        {
            return AttemptTally.None;
        }
        return new AttemptTally((int)values[0], DateTimeOffset.FromUnixTimeMilliseconds((long)values[1]));
    }

    public async Task<AttemptTally> AddAsync(string key, TimeSpan rememberFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = await redis.WriteAsync(StoreName, database => database.ScriptEvaluateAsync(
            AddScript, [KeyOf(key)], [now.ToUnixTimeMilliseconds(), (long)rememberFor.TotalMilliseconds]));
        return new AttemptTally((int)count, DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()));
    }
}
