using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// A step of every customer turn before it is routed, registered by the feature that needs to see each turn (the
/// identity a channel vouches for). Steps run in registration order with the turn's functions.
/// </summary>
public interface ITurnStart
{
    Task BeginAsync(CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken);
}
