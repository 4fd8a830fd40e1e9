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

    public static void Make(FlowTurn turn, HandoffReason reason) => turn.Conversation.PersonOffered = reason.ToString();
}
