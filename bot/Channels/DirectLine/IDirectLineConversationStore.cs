using Microsoft.Bot.Schema;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>A started Direct Line conversation and the user its tokens speak for.</summary>
public sealed record DirectLineConversation(string Id, string UserId);

/// <summary>Activities after a watermark, and the watermark to ask from next time.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, long Watermark);

/// <summary>
/// The activity log of self-hosted Direct Line conversations: what the customer posted and what the bot replied,
/// in order, each with a watermark. In-process by default (<see cref="InMemoryDirectLineConversationStore"/>, which
/// ties a conversation to one replica), or in Redis when it is configured (<see cref="RedisDirectLineConversationStore"/>:
/// conversations survive restarts and any replica can serve any conversation).
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>Records a new conversation; false if one with that id already exists.</summary>
    Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends an activity, giving it an id and a timestamp. Returns the id, or null if the conversation
    /// does not exist.</summary>
    Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="watermark"/> (0 means from the start), or null for an unknown conversation.</summary>
    Task<ActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Completes when the conversation has activities after <paramref name="watermark"/>, or it is gone.
    /// May also complete without either (callers read, find nothing new, and wait again).</summary>
    Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Removes the conversation and its log (privacy erasure); its open streams end. Unknown ids are ignored.</summary>
    Task ForgetAsync(string conversationId, CancellationToken cancellationToken);
}
