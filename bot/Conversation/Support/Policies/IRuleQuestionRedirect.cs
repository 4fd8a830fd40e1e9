using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Consulted by the router before it picks a flow: a question about the rules that the help articles answer goes to
/// the policy flow first, whatever action intent the classifier guessed, so "can I …?" gets the rule, not a request
/// to identify.
/// </summary>
public interface IRuleQuestionRedirect
{
    /// <summary>The prediction to route instead, or null to keep the classifier's.</summary>
    Task<IntentPrediction?> RedirectAsync(string text, IntentPrediction prediction, CancellationToken cancellationToken);
}
