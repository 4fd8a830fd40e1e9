using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Plugins.Calls;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// A request with a clear order verb (<see cref="OrderRequestWords"/>: exchange, return, cancel, change an item or an
/// order's address) goes to that order flow even when the classifier, diluted by a long list of product options, reads
/// it as a product search or is unsure ("For #W1234567, exchange the t-shirt (blue, S, polyester, v-neck) for a red XXL
/// cotton one"). When the verbs name several actions, the one the classifier ranks highest wins; a confident reading
/// that is already one of them stands. Consulted while a flow is active too, so a new order request leaves a product
/// search or another order flow; there a change of an item counts only when the item is said to be the customer's.
/// </summary>
public sealed class OrderRequestRule(IOptions<ConversationRouterOptions> options) : IRoutingRule
{
    private HashSet<string>? _productWords;

    public bool WhileFlowActive => true;

    public async Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return null;
        }
        _productWords ??= OrderRequestWords.ProductWords((await functions.Catalog.ListProductTypesAsync(cancellationToken)).Keys);
        var actions = OrderRequestWords.Actions(
            message.Text, _productWords, prediction.Slots.ContainsKey(SlotKeys.OrderId), ownedOnly: conversation.ActiveFlow is not null);
        if (actions.Count == 0
            || (actions.Contains(prediction.Intent) && prediction.Confidence >= options.Value.MinimumConfidence && conversation.ActiveFlow is null))
        {
            return null;
        }
        var chosen = actions.MaxBy(prediction.ProbabilityOf)!;
        return new IntentPrediction(chosen, 1, prediction.Slots) { Ranked = prediction.Ranked };
    }
}
