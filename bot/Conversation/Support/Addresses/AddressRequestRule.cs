using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Plugins.Calls;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>
/// A request to change an address goes to the flow for whose address it changes, by what it says it changes, not by
/// the address it names: "change my default address to the one my order was sent to" changes the default address;
/// "change the shipping address of my pending order to my default address" and "correct it on all my orders" change
/// orders. Only a reading of the classifier as one of the address flows, as an order change whose first change is the
/// address ("I want to change the address to ..."), any reading of a request that writes out a whole new address, or one
/// it is not sure of, is reconsidered: a request it reads with confidence as another change keeps its reading.
/// </summary>
public sealed class AddressRequestRule(IOptions<ConversationRouterOptions> options) : IRoutingRule
{
    public Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken)
    {
        var text = message.Text;
        var addressReading = prediction.Intent is Intents.ChangeShippingAddress or DefaultAddressFlow.SetUpShippingAddress or DefaultAddressFlow.EditAccount
            || prediction.Intent == Intents.ChangeOrder && AddressRequest.ChangesAnAddressFirst(text)
            // "My address should be 445 Maple Drive, ... Please correct it on all my orders.": a whole new address says it.
            || AddressRequest.WrittenAddress(text) is not null;
        if (!(addressReading || prediction.Confidence < options.Value.MinimumConfidence) || !AddressRequest.AsksForAChange(text))
        {
            return Task.FromResult<IntentPrediction?>(null);
        }
        var intent = AddressRequest.ChangesTheDefault(text) ? DefaultAddressFlow.SetUpShippingAddress
            : AddressRequest.ChangesAnOrder(text) ? Intents.ChangeShippingAddress
            : null;
        // Agreeing with the classifier still settles it: no later rule reads "that order" in the new address as the order.
        return Task.FromResult(intent is null ? null
            : intent == prediction.Intent && prediction.Confidence >= options.Value.MinimumConfidence ? prediction
            : new IntentPrediction(intent, 1, prediction.Slots));
    }
}
