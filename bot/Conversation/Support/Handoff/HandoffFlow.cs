using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>
/// Hands the conversation to a person when the customer asks for one or accepts the bot's offer. One turn:
/// the hand-off is published and the customer is told what happens next.
/// </summary>
public sealed class HandoffFlow(HumanHandoff handoff) : IConversationFlow
{
    /// <summary>Slot the router sets when the customer accepts an offer, carrying the offer's reason.</summary>
    public const string ReasonSlot = "handoff_reason";

    public string Name => "handoff";

    public bool Handles(string intent) => intent == Intents.ContactHumanAgent;

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var reason = Enum.TryParse<HandoffReason>(turn.Intent.Slot(ReasonSlot), out var offered)
            ? offered
            : HandoffReason.CustomerAsked;
        turn.Reply(await handoff.HandOffAsync(turn.Message, turn.Conversation, reason, cancellationToken));
        turn.End();
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
}
