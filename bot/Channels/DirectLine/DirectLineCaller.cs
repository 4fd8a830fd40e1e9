namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Who is calling the client-facing Direct Line endpoints: the secret's holder, a token's holder, or nobody.</summary>
public sealed record DirectLineCaller(bool HoldsSecret, ConversationGrant? Grant)
{
    public static readonly DirectLineCaller Anonymous = new(false, null);

    public bool IsAnonymous => !HoldsSecret && Grant is null;

    /// <summary>Whether this caller may use the conversation: the secret opens all of them, a token only its own.</summary>
    public bool MayUse(string conversationId) =>
        HoldsSecret || string.Equals(Grant?.ConversationId, conversationId, StringComparison.Ordinal);
}
