using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Changes;

/// <summary>What a "no" to a proposal says is wrong with it, when it says: the order ("No, that's not the order I mean",
/// "wrong order") or the items ("those aren't the items I mean", "not those items"). The flow then asks again for that
/// part rather than proposing the same change or dropping the request.</summary>
public static partial class ProposalRejection
{
    public static RejectedPart? Read(string answer)
    {
        var text = answer.ToLowerInvariant().Replace('’', '\'');
        return WrongItems().IsMatch(text) ? RejectedPart.Items
            : WrongOrder().IsMatch(text) ? RejectedPart.Order
            : null;
    }

    /// <summary>The "no" ends the whole request ("no, stop", "forget it"), not only the one proposal.</summary>
    public static bool Stops(string answer) => Stop().IsMatch(answer.Replace('’', '\''));

    [GeneratedRegex(@"\b(?:stop|forget (?:it|that|about it)|never ?mind|leave it|none of (?:them|these|those)|that's all|nothing else|no more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stop();

    [GeneratedRegex(@"(?:\b(?:not|wrong|different|other)|n't)\b(?:\s+\w+){0,3}?\s+(?:items?|products?|things?)\b|\b(?:items?|products?)\b[^.]*\b(?:wrong|not right)\b")]
    private static partial Regex WrongItems();

    [GeneratedRegex(@"(?:\b(?:not|wrong|different|another|other)|n't)\b(?:\s+\w+){0,3}?\s+order\b|\border\b[^.]*\b(?:wrong|not right)\b")]
    private static partial Regex WrongOrder();
}

/// <summary>The part of a proposal a customer's "no" says is wrong.</summary>
public enum RejectedPart
{
    Order,
    Items,
}
