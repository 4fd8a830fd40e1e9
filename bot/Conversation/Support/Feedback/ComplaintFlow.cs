using EcomBot.Bot.Capabilities.Handoff;
namespace EcomBot.Bot.Conversation.Support.Feedback;

/// <summary>
/// A complaint: the bot apologises, asks what happened when the customer has not said yet, repeats back what it heard
/// and offers to pass the complaint to a person. Declining is acknowledged; nothing is passed on without a yes.
/// </summary>
public sealed class ComplaintFlow : IConversationFlow
{
    public const string Complaint = "complaint";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("complaint", Complaint) with { HandoffReason = HandoffReason.Complaint, RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (ComplaintReply.SaysWhatHappened(turn.Message.Text))
        {
            ComplaintReply.Acknowledge(turn, turn.Message.Text);
            turn.Continue(new ComplaintState { Offered = true });
        }
        else
        {
            turn.Say("I'm sorry something went wrong. Please tell me what happened, in a few words (and the order id, if it's "
                + "about an order), and I'll make sure it reaches our support team.");
            turn.ExpectFreeText();
            turn.Continue(new ComplaintState());
        }
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State<ComplaintState>() ?? new ComplaintState();
        if (!state.Offered)
        {
            ComplaintReply.Acknowledge(turn, turn.Message.Text);
            turn.Continue(new ComplaintState { Offered = true });
            return Task.CompletedTask;
        }
        // Accepting the offer is handled by the router (a "yes" or "talk to a person"); anything else declines it.
        turn.End();
        turn.Say("OK, I haven't passed it on. If you change your mind, say \"talk to a person\" at any time.", StandardReplies.TopicActions);
        return Task.CompletedTask;
    }
}

public sealed class ComplaintState
{
    /// <summary>True once the bot has repeated the complaint back and offered a person.</summary>
    public bool Offered { get; set; }
}
