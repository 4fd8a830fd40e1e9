using StackExchange.Redis;

namespace EcomBot.Bot.Channels.DirectLine.Limits;

/// <summary>
/// The counters in Redis, shared by every replica. A bucket's minute is a counter <c>{prefix}directline:rate:{bucket}:{minute}</c>
/// that expires after two minutes. A conversation's open streams are a sorted set
/// <c>{prefix}directline:{id}:streams</c> of stream ids scored by when their lease ends; an open stream renews its
/// lease every <see cref="Renewal"/>, so the place of a stream whose replica died frees itself when the lease ends.
/// </summary>
public sealed class RedisDirectLineQuotas(IConnectionMultiplexer redis, string keyPrefix, TimeProvider time) : IDirectLineQuotas
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(20);

    private const string TakeScript = """
        local uses = redis.call('INCR', KEYS[1])
        if uses == 1 then redis.call('PEXPIRE', KEYS[1], 120000) end
        if uses > tonumber(ARGV[1]) then return 0 end
        return 1
        """;

    // ARGV: now (ms), limit, stream id, lease end (ms), lease (ms).
    private const string OpenStreamScript = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
        redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

    private IDatabase Database => redis.GetDatabase();

    private TimeProvider Clock => time;

    public async Task<bool> TryTakeAsync(string bucket, int perMinute, CancellationToken cancellationToken)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var taken = await Database.ScriptEvaluateAsync(TakeScript, [$"{keyPrefix}directline:rate:{bucket}:{minute}"], [perMinute]);
        return (long)taken == 1;
    }

    public async Task<IAsyncDisposable?> TryOpenStreamAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        RedisKey key = $"{keyPrefix}directline:{{{conversationId}}}:streams";
        var streamId = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var opened = await Database.ScriptEvaluateAsync(OpenStreamScript, [key],
            [now, limit, streamId, now + (long)Lease.TotalMilliseconds, (long)Lease.TotalMilliseconds]);
        return (long)opened == 1 ? new StreamPlace(this, key, streamId) : null;
    }

    private async Task RenewAsync(RedisKey key, string streamId)
    {
        var leaseEnd = (time.GetUtcNow() + Lease).ToUnixTimeMilliseconds();
        await Database.SortedSetUpdateAsync(key, streamId, leaseEnd, SortedSetWhen.Exists);
        await Database.KeyExpireAsync(key, Lease);
    }

    private sealed class StreamPlace : IAsyncDisposable
    {
        private readonly RedisDirectLineQuotas _owner;
        private readonly RedisKey _key;
        private readonly string _streamId;
        private readonly CancellationTokenSource _open = new();
        private readonly Task _renewing;
        private int _closed;

        public StreamPlace(RedisDirectLineQuotas owner, RedisKey key, string streamId)
        {
            _owner = owner;
            _key = key;
            _streamId = streamId;
            _renewing = RenewWhileOpenAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 1)
            {
                return;
            }
            await _open.CancelAsync();
            await _renewing;
            _open.Dispose();
            try
            {
                await _owner.Database.SortedSetRemoveAsync(_key, _streamId);
            }
            catch (RedisException)
            {
                // The lease runs out instead.
            }
        }

        private async Task RenewWhileOpenAsync()
        {
            try
            {
                while (true)
                {
                    await Task.Delay(Renewal, _owner.Clock, _open.Token);
                    await _owner.RenewAsync(_key, _streamId);
                }
            }
            catch (OperationCanceledException)
            {
                // Closed.
            }
            catch (RedisException)
            {
                // Redis is away: the lease runs out and frees the place, which is what a lost stream should do.
            }
        }
    }
}
