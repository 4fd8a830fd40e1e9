using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// A reading of a message the classifier cannot make, registered by the feature that knows it (a message that is only
/// who the customer is; a question about the store's rules the help articles answer). Consulted in registration order
/// when no flow is active; the first that answers decides.
/// </summary>
public interface IRoutingRule
{
    /// <summary>Also consulted while a flow is active, for a message that does not answer the flow's question: its
    /// reading may then take the turn for another flow (see the router's topic change). False unless a rule says so.</summary>
    bool WhileFlowActive => false;

    /// <summary>The prediction to route instead, or null to keep the classifier's. <paramref name="conversation"/> is
    /// read only: what is in focus, what was said.</summary>
    Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken);
}
