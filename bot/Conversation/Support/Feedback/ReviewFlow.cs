using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Conversation.Support.Feedback;

/// <summary>
/// "I'd like to leave a review": thanks the customer and says honestly that the demo store publishes no reviews. A
/// review that is really a complaint ("your service is terrible") is answered as one, with the offer of a person.
/// </summary>
public sealed class ReviewFlow : IConversationFlow
{
    public const string Review = "review";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("review", Review) with { HandoffReason = HandoffReason.Complaint, RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (FrustrationSignal.IsFrustrated(turn.Message.Text))
        {
            ComplaintReply.Acknowledge(turn, turn.Message.Text);
            turn.Continue(new ComplaintState { Offered = true });
            return Task.CompletedTask;
        }
        turn.End();
        turn.Say(
            "Thank you for wanting to share your opinion! To be honest with you: this is a demo store, and it has nowhere to "
            + "publish reviews, so I can't post or keep one for you. If there's something our team should hear about, "
            + "a person can take your feedback.",
            PersonOffer.TalkToAPerson, "Find a product");
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        turn.Say("OK, I haven't passed it on. If you change your mind, say \"talk to a person\" at any time.", StandardReplies.TopicActions);
        return Task.CompletedTask;
    }
}
