using Microsoft.Bot.Schema;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>A started Direct Line conversation and the user its tokens speak for.</summary>
public sealed record DirectLineConversation(string Id, string UserId);

/// <summary>Activities after a watermark (one page of them), and the watermark to ask from next time.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, long Watermark);

/// <summary>What starting a conversation did.</summary>
public enum ConversationStart
{
    Started,
    AlreadyStarted,

    /// <summary><c>DirectLine:MaxOpenConversations</c> are open: nothing was started.</summary>
    Full,
}

/// <summary>
/// The activity log of self-hosted Direct Line conversations: what the customer posted and what the bot replied,
/// in order, each with a watermark. In-process by default (<see cref="InMemoryDirectLineConversationStore"/>, which
/// ties a conversation to one replica), or in Redis when it is configured (<see cref="RedisDirectLineConversationStore"/>:
/// conversations survive restarts and any replica can serve any conversation).
/// </summary>
/// <remarks>
/// Each conversation's log is capped by
/// count (<c>DirectLine:MaxActivitiesPerConversation</c>) and by bytes (<c>DirectLine:MaxConversationBytes</c>), the
/// number of open conversations by <c>DirectLine:MaxOpenConversations</c>, and a read returns one page of at most
/// <c>DirectLine:MaxActivityBytes</c> of activities (always at least one), so no request rebuilds a whole log.
/// </remarks>
public interface IDirectLineConversationStore
{
    /// <summary>Records a new conversation, unless one with that id exists or the store is full.</summary>
    Task<ConversationStart> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends an activity, giving it an id and a timestamp. Returns the id, or null if the conversation
    /// does not exist.</summary>
    Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The first page of activities after <paramref name="watermark"/> (0 means from the start), or null for an
    /// unknown conversation. The page's watermark is its last activity's; ask again from it for the rest.</summary>
    Task<ActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Completes when the conversation has activities after <paramref name="watermark"/>, or it is gone.
    /// May also complete without either (callers read, find nothing new, and wait again).</summary>
    Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Removes the conversation and its log (privacy erasure); its open streams end. Unknown ids are ignored.</summary>
    Task ForgetAsync(string conversationId, CancellationToken cancellationToken);
}
