using EcomBot.Bot.Capabilities.Handoff;
namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>
/// How a flow offers a person: the suggested actions to show, and the reason a plain "yes" on the next turn hands the
/// conversation over with (the router reads <see cref="ConversationData.PersonOffered"/>).
/// </summary>
public static class PersonOffer
{
    public const string TalkToAPerson = "Talk to a person";
    public const string NoThanks = "No thanks";

    /// <summary>Offers a person for the reason the turn's flow declares (<see cref="FlowDescriptor.HandoffReason"/>): a
    /// plain "yes" on the next turn hands the conversation over with it.</summary>
    public static void Make(FlowTurn turn) => Make(turn, turn.Flow.HandoffReason ?? HandoffReason.OutOfScope);

    /// <summary>Offers a person for a reason of the moment rather than the flow's own (identification that keeps failing).</summary>
    public static void Make(FlowTurn turn, HandoffReason reason)
    {
        turn.Conversation.PersonOffered = reason.ToString();
        turn.Conversation.PersonOfferedTurn = turn.Conversation.Turn;
    }

    /// <summary>
    /// The reason a hand-off is recorded with when the customer takes one on the turn after <paramref name="offered"/>
    /// (null: nothing was offered). A plain "yes" accepts the offer, so its reason stands. Asking for a person in so many
    /// words (or pressing "Talk to a person") is the customer asking, unless the offer named a subject the support desk
    /// routes by (a complaint, a payment problem, ...): an offer the bot made because it kept failing or the customer
    /// sounded frustrated does not turn the customer's own request into a failure report.
    /// </summary>
    public static HandoffReason ReasonFor(string? offered, bool askedForAPerson)
    {
        if (!Enum.TryParse<HandoffReason>(offered, out var reason))
        {
            return HandoffReason.CustomerAsked;
        }
        return askedForAPerson && reason is HandoffReason.RepeatedFailure or HandoffReason.Frustration
            ? HandoffReason.CustomerAsked
            : reason;
    }
}
