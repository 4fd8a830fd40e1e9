using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Ending;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>
/// Hands the conversation to a person when the customer asks for one or accepts the bot's offer. One turn: the
/// hand-off goes to the support desk through the hand-off plugin, and the customer is told what happens next.
/// </summary>
public sealed class HandoffFlow : IConversationFlow
{
    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("handoff", Intents.ContactHumanAgent) with { TrainingExamples = FlowExamples.Beside<HandoffFlow>(), RuleQuestionsMayRedirect = false };

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        // The router names the reason of an offer the customer takes up; a plain "yes" accepts it, other words ask.
        var reason = PersonOffer.ReasonFor(turn.Intent.Slot(SlotKeys.HandoffReason), askedForAPerson: !ConversationCommands.IsYes(turn.Message.Text));
        var conversation = turn.Conversation;
        var ticket = await turn.Functions.Handoff.TransferAsync(reason, TranscriptSummary.Summarize(conversation, reason), cancellationToken);
        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        conversation.UnhelpfulTurns = 0;
        conversation.Lifetime.EndAfterThisTurn(ConversationEndReason.Handoff);
        turn.Say(
            $"I've passed our conversation to our support team with a summary, so you won't need to repeat yourself. "
            + $"A person will reply here {ticket.ExpectedResponse}. Your reference is {ticket.Reference}. "
            + "In the meantime I'm still here if you'd like help with anything else.",
            "Track my order", "Store policies");
        turn.End();
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
}
