using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line conversation logs in Redis, so a conversation survives a restart and any replica serves it. Per
/// conversation: a hash <c>{prefix}directline:{id}:meta</c> (user, last sequence number, bytes held) and a list
/// <c>{prefix}directline:{id}:log</c> of activity JSON, capped at <c>MaxActivitiesPerConversation</c> and
/// <c>MaxConversationBytes</c>; both expire after <c>ConversationRetentionMinutes</c> without use. Each append is one
/// script (number, push, trim, publish), so concurrent appends from several replicas keep one order; a read is one
/// script returning one page. A sorted set <c>{prefix}directline:open</c> (conversation id by last use) counts the
/// open conversations for <c>MaxOpenConversations</c> across replicas. Waiting streams wake on a pub/sub message naming
/// the conversation, and look again at least every few seconds in case a message was lost while reconnecting.
/// </summary>
public sealed class RedisDirectLineConversationStore(
    IConnectionMultiplexer redis, string keyPrefix, IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore, IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    private const string StartScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'user', ARGV[1], 'seq', 0, 'bytes', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    // KEYS[1] the open-conversation index; ARGV: idle cutoff (ms), limit, id, now (ms). 1 when the id may start.
    private const string OpenScript = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        if not redis.call('ZSCORE', KEYS[1], ARGV[3]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
          return 0
        end
        redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
        return 1
        """;

    // ARGV: JSON, max count, retention (ms), channel, id, max bytes. Drops the oldest until both caps hold (keeping one).
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        local count = redis.call('RPUSH', KEYS[2], ARGV[1])
        local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', #ARGV[1])
        while count > 1 and (count > tonumber(ARGV[2]) or bytes > tonumber(ARGV[6])) do
          local dropped = redis.call('LPOP', KEYS[2])
          bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -#dropped)
          count = count - 1
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return seq
        """;

    // ARGV: watermark, retention (ms), page bytes. Returns false for an unknown conversation, else
    // { last sequence, sequence of the first item returned, items... } with at most a page of bytes (at least one item).
    private const string ReadScript = """
        local seq = redis.call('HGET', KEYS[1], 'seq')
        if not seq then return false end
        seq = tonumber(seq)
        local length = redis.call('LLEN', KEYS[2])
        local first = seq - length + 1
        local skip = math.max(0, tonumber(ARGV[1]) - first + 1)
        local budget = tonumber(ARGV[3])
        local result = { seq, first + skip }
        local bytes = 0
        local index = skip
        while index < length do
          local batch = redis.call('LRANGE', KEYS[2], index, index + 15)
          for _, item in ipairs(batch) do
            if #result > 2 and bytes + #item > budget then
              index = length
              break
            end
            result[#result + 1] = item
            bytes = bytes + #item
          end
          index = index + 16
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        return result
        """;

    private readonly RedisChannel _appended = RedisChannel.Literal(keyPrefix + "directline:appended");
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private bool _subscribed;

    private IDatabase Database => redis.GetDatabase();

    private long RetentionMilliseconds => options.Value.ConversationRetentionMinutes * 60_000L;

    public async Task<ConversationStart> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        // The index is its own key (another cluster slot than the conversation's), so it is a second script.
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var mayStart = await Database.ScriptEvaluateAsync(
            OpenScript, [OpenKey], [now - RetentionMilliseconds, options.Value.MaxOpenConversations, conversation.Id, now]);
        if ((long)mayStart == 0)
        {
            return ConversationStart.Full;
        }
        var started = await Database.ScriptEvaluateAsync(
            StartScript, [MetaKey(conversation.Id)], [conversation.UserId, RetentionMilliseconds]);
        return (long)started == 1 ? ConversationStart.Started : ConversationStart.AlreadyStarted;
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var user = await Database.HashGetAsync(MetaKey(conversationId), "user");
        return user.IsNull ? null : new DirectLineConversation(conversationId, user.ToString());
    }

    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp ??= time.GetUtcNow();
        activity.Id = null; // ids come from the position in the log, given when read
        var json = JsonConvert.SerializeObject(activity);
        var sequence = await Database.ScriptEvaluateAsync(
            AppendScript,
            [MetaKey(conversationId), LogKey(conversationId)],
            [json, options.Value.MaxActivitiesPerConversation, RetentionMilliseconds, _appended.ToString(), conversationId,
                options.Value.MaxConversationBytes]);
        if (sequence.IsNull)
        {
            return null;
        }
        Touch(conversationId);
        activity.Id = ActivityId(conversationId, (long)sequence);
        return activity.Id;
    }

    public async Task<ActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var result = await Database.ScriptEvaluateAsync(
            ReadScript, [MetaKey(conversationId), LogKey(conversationId)], [watermark, RetentionMilliseconds, options.Value.MaxActivityBytes]);
        if (result.IsNull)
        {
            return null;
        }
        Touch(conversationId);
        var values = (RedisResult[])result!;
        var sequence = (long)values[1];
        var last = values.Length > 2 ? sequence + values.Length - 3 : (long)values[0];
        var activities = new List<Activity>(values.Length - 2);
        foreach (var item in values.Skip(2))
        {
            var activity = ActivityJson.ReadStored(item.ToString());
            activity.Id = ActivityId(conversationId, sequence++);
            activities.Add(activity);
        }
        return new ActivitySet(activities, last);
    }

    public async Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await SubscribeOnceAsync();
        // Registered before looking, so an append between the look and the wait still wakes this waiter.
        var signal = _waiters.GetOrAdd(conversationId, _ => NewSignal());
        var last = await Database.HashGetAsync(MetaKey(conversationId), "seq");
        if (last.IsNull || (long)last > watermark)
        {
            return;
        }
        try
        {
            await signal.Task.WaitAsync(LongestWait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _waiters.TryRemove(new KeyValuePair<string, TaskCompletionSource>(conversationId, signal));
        }
    }

    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await Database.KeyDeleteAsync([MetaKey(conversationId), LogKey(conversationId)]);
        await Database.SortedSetRemoveAsync(OpenKey, conversationId);
        await redis.GetSubscriber().PublishAsync(_appended, conversationId);
    }

    private async Task SubscribeOnceAsync()
    {
        if (Volatile.Read(ref _subscribed))
        {
            return;
        }
        await _subscribing.WaitAsync();
        try
        {
            if (!_subscribed)
            {
                await redis.GetSubscriber().SubscribeAsync(_appended, (_, conversationId) => Wake(conversationId.ToString()));
                Volatile.Write(ref _subscribed, true);
            }
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void Wake(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }

    /// <summary>Marks the conversation used now in the open-conversation index; best effort, the index only counts.</summary>
    private void Touch(string conversationId) =>
        Database.SortedSetUpdate(OpenKey, conversationId, time.GetUtcNow().ToUnixTimeMilliseconds(),
            SortedSetWhen.Exists, CommandFlags.FireAndForget);

    private RedisKey OpenKey => $"{keyPrefix}directline:open";

    // The hash tag {id} keeps a conversation's two keys in one cluster slot, as the scripts need.
    private RedisKey MetaKey(string conversationId) => $"{keyPrefix}directline:{{{conversationId}}}:meta";

    private RedisKey LogKey(string conversationId) => $"{keyPrefix}directline:{{{conversationId}}}:log";

    private static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => _subscribing.Dispose();
}
