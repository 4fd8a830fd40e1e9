namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// Where a conversation stands between its start and its end, kept in <see cref="ConversationData"/>: open since which
/// turn, the last customer activity, how it last ended, and an end a flow asked for in this turn (see
/// <see cref="ConversationEnding"/>).
/// </summary>
public sealed class ConversationLifetime
{
    /// <summary>The turn whose customer message opened the conversation (again); null once it has ended, and before it started.</summary>
    public int? OpenedOnTurn { get; set; }

    /// <summary>When the customer's latest message arrived.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>How the conversation last ended, kept for what comes after (null if it never ended).</summary>
    public ConversationEndReason? LastEndReason { get; set; }

    public DateTimeOffset? LastEndedAt { get; set; }

    /// <summary>An end a flow asked for in this turn; carried out once the turn's replies are recorded.</summary>
    public ConversationEndReason? EndRequested { get; set; }

    public bool IsOpen => OpenedOnTurn is not null;

    /// <summary>Ends the conversation once this turn's replies are recorded (a goodbye, a hand-off to a person).</summary>
    public void EndAfterThisTurn(ConversationEndReason reason) => EndRequested = reason;
}
