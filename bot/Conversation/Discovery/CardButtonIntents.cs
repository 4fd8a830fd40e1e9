using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Reads typed cart and item commands ("add 1234567890 to cart", "details ...", "view cart", "check out") by pattern,
/// with full confidence, before the learned classifier sees anything else. Card buttons need no pattern: they carry
/// their action in the message's value (see <see cref="ButtonAction"/>).
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
