namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// The conversations that have not ended, by the time of their last customer activity, shared by every replica: in Redis
/// when <c>Redis:ConnectionString</c> is set (<see cref="RedisOpenConversations"/>), in process otherwise. Taking a
/// conversation out is the claim on its end: each removal happens once, so exactly one caller, on one replica, ends it.
/// </summary>
public interface IOpenConversations
{
    /// <summary>Records the conversation as open with this last activity and customer (replacing what was recorded).</summary>
    Task TouchAsync(OpenConversation conversation, CancellationToken cancellationToken);

    /// <summary>Takes the conversation out whatever its last activity (it ends now); returns what was recorded, or null.</summary>
    Task<OpenConversation?> RemoveAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Takes the conversation out only if its last activity is at or before <paramref name="idleSince"/>;
    /// returns what was recorded when this call took it, null otherwise (not idle, or another caller took it).</summary>
    Task<OpenConversation?> ClaimIdleAsync(string channelId, string conversationId, DateTimeOffset idleSince, CancellationToken cancellationToken);

    /// <summary>Takes out up to <paramref name="limit"/> conversations whose last activity is at or before
    /// <paramref name="idleSince"/>, oldest first, and returns them; another caller never gets the same ones.</summary>
    Task<IReadOnlyList<OpenConversation>> ClaimIdleAsync(DateTimeOffset idleSince, int limit, CancellationToken cancellationToken);

    /// <summary>What is recorded for the conversation, or null (for the customer's data export).</summary>
    Task<OpenConversation?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
