namespace EcomBot.Bot.Conversation.Changes;

/// <summary>What every path that proposes a change (the flows and the chat model) tells the customer in the same words.</summary>
public static class ProposalReplies
{
    /// <summary>A yes came after the proposal expired.</summary>
    public const string Expired = "It has been a while since I asked, so to be safe I haven't made that change; nothing has changed. "
        + "Just ask again if you'd still like it.";
}
