using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// A conversation ended: the one event later features (conversation summaries, contact rules, ratings) subscribe to,
/// through <see cref="IConversationEndListener"/>. Published once per conversation end, by the replica that claimed it.
/// </summary>
/// <param name="ChannelId">The channel the conversation is on.</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="CustomerId">The store customer identified in the conversation, or null if nobody was.</param>
/// <param name="Reason">Goodbye, hand-off or idleness.</param>
/// <param name="At">When it ended: the goodbye's or hand-off's turn, or the moment the idle time ran out (the last
/// customer activity plus <c>Conversation:IdleMinutes</c>), whenever the sweep noticed.</param>
public sealed record ConversationEnded(
    string ChannelId, string ConversationId, string? CustomerId, ConversationEndReason Reason, DateTimeOffset At)
{
    /// <summary>The customer as a short one-way token for logs, or null when nobody was identified.</summary>
    public string? CustomerPseudonym => CustomerId is { } id ? ProfileIds.Pseudonym(id) : null;
}
