namespace EcomBot.Bot.Channels.DirectLine.Limits;

/// <summary>
/// The self-hosted Direct Line's rate and concurrency counters: uses per clock minute of a bucket (posts of a
/// conversation, conversations started from a client address) and open streams of a conversation. In-process
/// (<see cref="InMemoryDirectLineQuotas"/>), or in Redis when it is configured (<see cref="RedisDirectLineQuotas"/>), so
/// every replica counts against the same limits.
/// </summary>
public interface IDirectLineQuotas
{
    /// <summary>Counts one use of <paramref name="bucket"/> in the current minute; false (and nothing counted that
    /// matters) when the minute already had <paramref name="perMinute"/> uses.</summary>
    Task<bool> TryTakeAsync(string bucket, int perMinute, CancellationToken cancellationToken);

    /// <summary>Holds one of the conversation's <paramref name="limit"/> stream places until disposed; null when all are
    /// taken. A place held by a replica that died frees itself within a minute.</summary>
    Task<IAsyncDisposable?> TryOpenStreamAsync(string conversationId, int limit, CancellationToken cancellationToken);
}

/// <summary>The bucket names the endpoints count in.</summary>
public static class QuotaBuckets
{
    public static string Posts(string conversationId) => "posts:" + conversationId;

    public static string ConversationsFrom(string clientAddress) => "starts:" + clientAddress;

    /// <summary>Seconds until the next clock minute, when every bucket starts again: a 429's Retry-After.</summary>
    public static int SecondsToNextMinute(TimeProvider time) => 60 - time.GetUtcNow().Second;
}
