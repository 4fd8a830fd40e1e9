using System.Globalization;
using EcomBot.Bot.State;
using StackExchange.Redis;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// Open conversations in Redis, shared by every replica: a sorted set <c>{KeyPrefix}{open-conversations}:by-activity</c>
/// (member <c>channel:conversation id</c>, score the last customer activity in milliseconds of the application's clock)
/// and a hash <c>{KeyPrefix}{open-conversations}:customer</c> (same member, the store customer id or empty). Both keys
/// share a hash tag, so each change is one script on one node, also in a Redis Cluster. A claim checks the activity and
/// removes the member in the same script, so of several replicas sweeping at once exactly one gets each conversation.
/// Calls go through the <see cref="RedisCircuit"/>: with Redis down they throw <see cref="StoreUnavailableException"/> at once.
/// </summary>
public sealed class RedisOpenConversations(RedisCircuit redis, string keyPrefix) : IOpenConversations
{
    private const string StoreName = "open conversations";

    // KEYS: by-activity, customer. ARGV: member, activity (ms), customer id or "".
    private const string TouchScript = """
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
        return 1
        """;

    // KEYS: by-activity, customer. ARGV: member, latest activity that counts as idle (ms; "+inf" for any).
    // Returns false, or { activity, customer id } of the member this call removed.
    private const string ClaimScript = """
        local activity = redis.call('ZSCORE', KEYS[1], ARGV[1])
        if not activity or tonumber(activity) > tonumber(ARGV[2]) then return false end
        redis.call('ZREM', KEYS[1], ARGV[1])
        local customer = redis.call('HGET', KEYS[2], ARGV[1]) or ''
        redis.call('HDEL', KEYS[2], ARGV[1])
        return { activity, customer }
        """;

    // KEYS: by-activity, customer. ARGV: latest activity that counts as idle (ms), limit.
    // Returns { member, activity, customer id, ... } of the members this call removed, oldest first.
    private const string ClaimIdleScript = """
        local idle = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
        local claimed = {}
        for i = 1, #idle, 2 do
          redis.call('ZREM', KEYS[1], idle[i])
          claimed[#claimed + 1] = idle[i]
          claimed[#claimed + 1] = idle[i + 1]
          claimed[#claimed + 1] = redis.call('HGET', KEYS[2], idle[i]) or ''
          redis.call('HDEL', KEYS[2], idle[i])
        end
        return claimed
        """;

    public RedisKey ActivityKey => keyPrefix + "{open-conversations}:by-activity";

    public RedisKey CustomerKey => keyPrefix + "{open-conversations}:customer";

    public Task TouchAsync(OpenConversation conversation, CancellationToken cancellationToken) =>
        redis.WriteAsync(StoreName, database => database.ScriptEvaluateAsync(
            TouchScript, [ActivityKey, CustomerKey],
            [Member(conversation.ChannelId, conversation.ConversationId), conversation.LastActivityAt.ToUnixTimeMilliseconds(), conversation.CustomerId ?? ""])
            .WaitAsync(cancellationToken));

    public Task<OpenConversation?> RemoveAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ClaimAsync(channelId, conversationId, "+inf", cancellationToken);

    public Task<OpenConversation?> ClaimIdleAsync(
        string channelId, string conversationId, DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        ClaimAsync(channelId, conversationId, idleSince.ToUnixTimeMilliseconds(), cancellationToken);

    public async Task<IReadOnlyList<OpenConversation>> ClaimIdleAsync(DateTimeOffset idleSince, int limit, CancellationToken cancellationToken)
    {
        var claimed = (RedisResult[])(await redis.WriteAsync(StoreName, database => database.ScriptEvaluateAsync(
            ClaimIdleScript, [ActivityKey, CustomerKey], [idleSince.ToUnixTimeMilliseconds(), limit]).WaitAsync(cancellationToken)))!;
        var conversations = new List<OpenConversation>(claimed.Length / 3);
        for (var i = 0; i + 2 < claimed.Length; i += 3)
        {
            if (Parse((string)claimed[i]!, claimed[i + 1], claimed[i + 2]) is { } conversation)
            {
                conversations.Add(conversation);
            }
        }
        return conversations;
    }

    public async Task<OpenConversation?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var member = Member(channelId, conversationId);
        var (activity, customer) = await redis.ReadAsync(StoreName, async database =>
        {
            var score = database.SortedSetScoreAsync(ActivityKey, member);
            var customerId = database.HashGetAsync(CustomerKey, member);
            return (await score.WaitAsync(cancellationToken), await customerId.WaitAsync(cancellationToken));
        });
        return activity is { } milliseconds
            ? new OpenConversation(channelId, conversationId, CustomerOrNull(customer), DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds))
            : null;
    }

    private async Task<OpenConversation?> ClaimAsync(string channelId, string conversationId, RedisValue idleSince, CancellationToken cancellationToken)
    {
        var claimed = await redis.WriteAsync(StoreName, database => database.ScriptEvaluateAsync(
            ClaimScript, [ActivityKey, CustomerKey], [Member(channelId, conversationId), idleSince]).WaitAsync(cancellationToken));
        if (claimed.IsNull)
        {
            return null;
        }
        var fields = (RedisResult[])claimed!;
        return new OpenConversation(channelId, conversationId, CustomerOrNull((RedisValue)fields[1]), Activity(fields[0]));
    }

    /// <summary>Channel ids never contain a colon (see <see cref="Profiles.ChannelUser.IsValidChannel"/>); conversation ids may.</summary>
    private static string Member(string channelId, string conversationId) => channelId + ":" + conversationId;

    private static OpenConversation? Parse(string member, RedisResult activity, RedisResult customer)
    {
        var colon = member.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0
            ? null
            : new OpenConversation(member[..colon], member[(colon + 1)..], CustomerOrNull((RedisValue)customer), Activity(activity));
    }

    private static DateTimeOffset Activity(RedisResult score) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)double.Parse((string)score!, CultureInfo.InvariantCulture));

    private static string? CustomerOrNull(RedisValue customer) => customer.IsNullOrEmpty ? null : (string)customer!;
}
