using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Reads the fixed messages that product and cart cards send back ("add 1234567890 to cart", "details ...",
/// "view cart", "check out") by pattern, with full confidence, before the learned classifier sees anything else.
/// </summary>
public sealed class CardButtonIntents(IIntentClassifier inner) : IIntentClassifier
{
    public async Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken)
    {
        var intent = CartMessages.AddedItem(text) is not null ? Intents.AddToCart
            : CartMessages.RemovedItem(text) is not null ? Intents.RemoveFromCart
            : CartMessages.IsViewCart(text) || CartMessages.IsCheckOut(text) ? Intents.ViewCart
            : DiscoveryMessages.DetailsItem(text) is not null ? Intents.ProductSearch
            : null;
        var prediction = await inner.ClassifyAsync(text, cancellationToken);
        return intent is null ? prediction : prediction with { Intent = intent, Confidence = 1 };
    }
}
