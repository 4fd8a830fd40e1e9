using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line conversation logs in Redis, so a conversation survives a restart and any replica serves it. Per
/// conversation: a hash <c>{prefix}directline:{id}:meta</c> (user, last sequence number) and a list
/// <c>{prefix}directline:{id}:log</c> of activity JSON, capped at <c>MaxActivitiesPerConversation</c>; both expire
/// after <c>ConversationRetentionMinutes</c> without use. Each append is one script (number, push, trim, publish), so
/// concurrent appends from several replicas keep one order. Waiting streams wake on a pub/sub message naming the
/// conversation, and look again at least every few seconds in case a message was lost while reconnecting.
/// </summary>
public sealed class RedisDirectLineConversationStore(
    IConnectionMultiplexer redis, string keyPrefix, IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore, IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    private const string StartScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'user', ARGV[1], 'seq', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        redis.call('RPUSH', KEYS[2], ARGV[1])
        redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return seq
        """;

    // Returns false for an unknown conversation, else { last sequence, sequence of the first item, items... }.
    private const string ReadScript = """
        local seq = redis.call('HGET', KEYS[1], 'seq')
        if not seq then return false end
        seq = tonumber(seq)
        local first = seq - redis.call('LLEN', KEYS[2]) + 1
        local skip = math.max(0, tonumber(ARGV[1]) - first + 1)
        local items = redis.call('LRANGE', KEYS[2], skip, -1)
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        table.insert(items, 1, first + skip)
        table.insert(items, 1, seq)
        return items
        """;

    private readonly RedisChannel _appended = RedisChannel.Literal(keyPrefix + "directline:appended");
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private bool _subscribed;

    private IDatabase Database => redis.GetDatabase();

    private long RetentionMilliseconds => options.Value.ConversationRetentionMinutes * 60_000L;

    public async Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var started = await Database.ScriptEvaluateAsync(
            StartScript, [MetaKey(conversation.Id)], [conversation.UserId, RetentionMilliseconds]);
        return (long)started == 1;
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
            [json, options.Value.MaxActivitiesPerConversation, RetentionMilliseconds, _appended.ToString(), conversationId]);
        if (sequence.IsNull)
        {
            return null;
        }
        activity.Id = ActivityId(conversationId, (long)sequence);
        return activity.Id;
    }

    public async Task<ActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var result = await Database.ScriptEvaluateAsync(
            ReadScript, [MetaKey(conversationId), LogKey(conversationId)], [watermark, RetentionMilliseconds]);
        if (result.IsNull)
        {
            return null;
        }
        var values = (RedisResult[])result!;
        var last = (long)values[0];
        var sequence = (long)values[1];
        var activities = new List<Activity>(values.Length - 2);
        foreach (var item in values.Skip(2))
        {
            var activity = JsonConvert.DeserializeObject<Activity>(item.ToString())!;
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

    // The hash tag {id} keeps a conversation's two keys in one cluster slot, as the scripts need.
    private RedisKey MetaKey(string conversationId) => $"{keyPrefix}directline:{{{conversationId}}}:meta";

    private RedisKey LogKey(string conversationId) => $"{keyPrefix}directline:{{{conversationId}}}:log";

    private static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => _subscribing.Dispose();
}
