using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// A message that names an order id is about that order, never a product search, a comparison of products, a
/// recommendation or the cart, however the classifier read it ("my two orders #W2702727 and #W8268610 are both pending;
/// what's the difference between them?" had it searching the catalogue): it goes to the order status flow, which shows
/// the orders named.
/// </summary>
public sealed class OrderIdNamedRule : IRoutingRule
{
    private static readonly HashSet<string> ShoppingIntents = new(StringComparer.Ordinal)
    {
        Intents.ProductSearch, Intents.Compare, Intents.Recommend, Intents.ViewCart, Intents.AddToCart, Intents.RemoveFromCart,
    };

    public Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken) =>
        Task.FromResult(ShoppingIntents.Contains(prediction.Intent) && OrderDescriptions.NamesAnOrder(message.Text)
            ? new IntentPrediction(Intents.TrackOrder, 1, prediction.Slots) { Ranked = prediction.Ranked }
            : null);
}
