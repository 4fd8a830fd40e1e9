using EcomBot.Bot.Conversation.Routing;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Redirects question-form messages (see <see cref="RuleQuestion"/>) to <see cref="PolicyQuestionFlow"/> when the
/// help articles hold a reliable answer, whatever intent and confidence the classifier gave them; otherwise the
/// classifier's intent stands.
/// </summary>
public sealed class RuleQuestionRedirect(PolicySearch policies) : IRuleQuestionRedirect
{
    public async Task<IntentPrediction?> RedirectAsync(string text, IntentPrediction prediction, CancellationToken cancellationToken)
    {
        // Policy intents are redirected too: a rule question the classifier spreads over several of them ("when will I
        // get my refund for a PayPal payment?": policy_question 0.40, track_refund 0.27) is no less a rule question.
        if (PolicyQuestionIntents.NeverRedirected.Contains(prediction.Intent)
            || !RuleQuestion.IsRuleQuestion(text, prediction))
        {
            return null;
        }
        var answer = await policies.SearchAsync(text, limit: 1, cancellationToken);
        return answer.FoundReliableAnswer
            ? new IntentPrediction(Intents.PolicyQuestion, 1, prediction.Slots)
            : null;
    }
}
