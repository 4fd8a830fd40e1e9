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
}
