using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Redirects question-form messages (see <see cref="RuleQuestion"/>) to <see cref="PolicyQuestionFlow"/> when the
/// help articles hold a reliable answer, whatever intent and confidence the classifier gave them, unless the intent
/// belongs to a flow whose requests are often phrased as questions (its descriptor says so); otherwise the
/// classifier's intent stands. So "can I …?" gets the rule, not a request to identify.
/// </summary>
public sealed class RuleQuestionRedirect(FlowCatalog flows) : IRoutingRule
{
    public async Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        // Policy intents are redirected too: a rule question the classifier spreads over several of them ("when will I
        // get my refund for a PayPal payment?": policy_question 0.40, track_refund 0.27) is no less a rule question.
        if (!flows.RuleQuestionMayRedirect(prediction.Intent) || !RuleQuestion.IsRuleQuestion(message.Text, prediction))
        {
            return null;
        }
        var answer = await functions.Policies.SearchAsync(message.Text, 1, cancellationToken);
        return answer.FoundReliableAnswer
            ? new IntentPrediction(Intents.PolicyQuestion, 1, prediction.Slots)
            : null;
    }
}
