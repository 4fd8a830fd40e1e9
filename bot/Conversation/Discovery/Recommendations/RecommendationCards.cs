using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Discovery.Recommendations;

/// <summary>Recommendations as numbered product cards: the reason line first, the suggested variant's options and price,
/// and "Details" / "Add to cart" buttons (see <see cref="ProductButtons"/>).</summary>
public static class RecommendationCards
{
    /// <param name="numbered">Whether the cards are numbered, for a flow that keeps them as its list ("add the first to cart").</param>
    public static BotReply Reply(
        string text, IReadOnlyList<Recommendation> recommendations, Func<Recommendation, string>? reason = null, bool numbered = true)
    {
        var titles = ItemWording.Titles([.. recommendations.Select(r => (r.Product.Name, r.Variant.Options))]);
        return new()
        {
            Text = text,
            Cards = [.. recommendations.Select((r, i) => Card(r, numbered ? $"{i + 1}. {titles[i]}" : titles[i], (reason ?? RecommendationReasons.Describe)(r)))],
        };
    }

    private static ReplyCard Card(Recommendation recommendation, string title, string reason)
    {
        var (product, variant) = (recommendation.Product, recommendation.Variant);
        return new ReplyCard(
            title,
            CartText.Money(variant.Price),
            [reason, ItemWording.Phrases(variant.Options)],
            [ProductButtons.Details(variant.ItemId, product.Name, variant.Options), ProductButtons.AddToCart(variant.ItemId, product.Name, variant.Options)]);
    }
}
