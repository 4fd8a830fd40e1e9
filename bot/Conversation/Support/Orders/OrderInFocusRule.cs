using EcomBot.Bot.Conversation.Focus;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Right after an order was shown or acted on, a question about where that order is or when it arrives ("what's the
/// tracking number?", "when will it arrive?") is about that order, not a question for the help articles: it goes to
/// the order status flow, which answers for the order in focus. A question that names no definite order, or another
/// one, and a request the classifier reads as some other flow's with confidence, keep their own reading.
/// </summary>
public sealed class OrderInFocusRule(IOptions<ConversationRouterOptions> options) : IRoutingRule
{
    private static readonly HashSet<string> QuestionIntents = new(StringComparer.Ordinal)
    {
        Intents.TrackOrder, Intents.PolicyQuestion, Intents.Unknown, Intents.SmallTalk, Intents.OutOfScope,
    };

    public Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken)
    {
        var mayReconsider = QuestionIntents.Contains(prediction.Intent) || prediction.Confidence < options.Value.MinimumConfidence;
        return Task.FromResult(
            mayReconsider
            && conversation.Focus.FreshOrder(conversation.Turn) is not null
            && !OrderDescriptions.NamesAnOrder(message.Text)
            && References.AsksAboutTheOrder(message.Text)
                ? new IntentPrediction(Intents.TrackOrder, 1, prediction.Slots)
                : null);
    }
}
