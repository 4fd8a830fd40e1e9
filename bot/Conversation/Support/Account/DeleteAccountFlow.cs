using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// "Delete my account": says what erasure means here and offers a person to carry it out. The bot never erases on a
/// chat request by itself: a person checks that the request comes from the customer and uses the privacy erase
/// (<c>DELETE /api/profiles/{id}</c>). A "no" on the next turn is acknowledged; nothing is deleted either way.
/// </summary>
public sealed class DeleteAccountFlow : IConversationFlow
{
    public const string DeleteAccount = "delete_account";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("delete-account", DeleteAccount) with { HandoffReason = HandoffReason.AccountDeletion, RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        PersonOffer.Make(turn);
        turn.Say(
            "I can't delete anything from the chat myself: erasing your data is done by a person on our team, who first makes "
            + "sure the request really comes from you. " + AccountAccess.NoLogIn + " What erasure removes is the personal data "
            + "kept about you: your profile (name, interests, marketing consent and contact history), your conversations "
            + "with me and your cart. Records of orders you placed stay with the store.\n"
            + "Would you like me to pass your erasure request to a person now?",
            PersonOffer.TalkToAPerson, PersonOffer.NoThanks);
        turn.Continue(new DeleteAccountState());
        return Task.CompletedTask;
    }

    /// <summary>Anything but accepting the offer (the router hands over on "yes" or "talk to a person") declines it.</summary>
    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        turn.Say("OK, I haven't passed anything on, and nothing has been deleted. Is there anything else I can help you with?",
            StandardReplies.TopicActions);
        return Task.CompletedTask;
    }
}

/// <summary>Marks the turn after the offer, so a "no thanks" is answered by this flow.</summary>
public sealed class DeleteAccountState;
