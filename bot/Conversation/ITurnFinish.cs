using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// A step of every turn after its replies are recorded in the transcript, registered by the feature that needs to see
/// each turn's outcome (when a conversation ends). Steps run in registration order with the turn's functions.
/// </summary>
public interface ITurnFinish
{
    Task FinishAsync(CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken);
}
