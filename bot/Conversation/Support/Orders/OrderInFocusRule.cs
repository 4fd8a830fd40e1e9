using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Focus;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Right after an order was shown or acted on, a question about where that order is or when it arrives ("what's the
/// tracking number?", "when will it arrive?") is about that order, not a question for the help articles: it goes to
/// the order status flow, which answers for the order in focus. A question that names no definite order, or another
/// one, and a request the classifier reads as some other flow's with confidence, keep their own reading. A change of
/// address that points at the order ("change its shipping address") is that order's address, not the account's. A
/// question about what the customer ordered ("what's the storage of the tablet I ordered?", "which two t-shirts did I
/// order in my other order?") that no flow claims with confidence is answered from the order that holds it.
/// </summary>
public sealed partial class OrderInFocusRule(IOptions<ConversationRouterOptions> options) : IRoutingRule
{
    // Requests that act on an order or reach a person keep the classifier's reading, however they are phrased.
    private static readonly HashSet<string> ActingIntents = new(StringComparer.Ordinal)
    {
        Intents.CancelOrder, Intents.ChangeOrder, Intents.ChangePaymentMethod, Intents.ChangeShippingAddress, Intents.GetRefund,
        Intents.ContactHumanAgent, Intents.Complaint,
    };

    private static readonly HashSet<string> NoProductWords = [];

    public Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken)
    {
        var unsure = prediction.Confidence < options.Value.MinimumConfidence;
        var mayReconsider = !ActingIntents.Contains(prediction.Intent) || unsure;
        if (unsure && AsksAboutWhatTheyOrdered().IsMatch(message.Text))
        {
            return Task.FromResult<IntentPrediction?>(new IntentPrediction(Intents.TrackOrder, 1, prediction.Slots));
        }
        if (OrderDescriptions.NamesAnOrder(message.Text))
        {
            return Task.FromResult<IntentPrediction?>(null);
        }
        if (conversation.Focus.FreshOrder(conversation.Turn) is null)
        {
            // Nothing in focus: "when is my vacuum cleaner arriving?" still asks after an order, the one that holds it.
            return Task.FromResult(mayReconsider && References.AsksAboutSomethingOfTheirs(message.Text)
                ? new IntentPrediction(Intents.TrackOrder, 1, prediction.Slots)
                : null);
        }
        // "Then can you cancel it instead?" after a return was refused for that pending order: the verb acts on the order
        // in focus, however much the question sounds like one about the rules.
        if (mayReconsider && References.PointsAtTheOrder(message.Text)
            && OrderRequestWords.Actions(message.Text, NoProductWords, namesOrderId: true) is [var action])
        {
            return Task.FromResult<IntentPrediction?>(new IntentPrediction(action, 1, prediction.Slots) { Ranked = prediction.Ranked });
        }
        // "change its shipping address", "the address on this order": the order's address, not the account's default.
        // "change my default address to the one that order went to" is the account's address, whatever order it names.
        if (References.PointsAtTheOrder(message.Text) && message.Text.Contains("address", StringComparison.OrdinalIgnoreCase)
            && !AccountsAddress().IsMatch(message.Text))
        {
            return Task.FromResult<IntentPrediction?>(new IntentPrediction(Intents.ChangeShippingAddress, 1, prediction.Slots));
        }
        return Task.FromResult(mayReconsider && References.AsksAboutTheOrder(message.Text)
            ? new IntentPrediction(Intents.TrackOrder, 1, prediction.Slots)
            : null);
    }

    // A question about something the customer ordered: "what color is the kettle I bought?", "which shirts did I order?".
    [GeneratedRegex(@"^\W*(what|which|how many|is|are|was|were|does|do)\b[^?]*\b((i|we) (ordered|bought|purchased|got)|did (i|we) (order|buy|purchase|get))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAboutWhatTheyOrdered();

    [GeneratedRegex(@"\b(default|account'?s?|profile)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccountsAddress();
}
