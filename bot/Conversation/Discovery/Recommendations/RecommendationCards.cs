using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Discovery.Recommendations;

/// <summary>Recommendations as product cards: the reason line first, the suggested variant's options and price,
/// and "Details" / "Add to cart" buttons whose messages the discovery flow understands.</summary>
public static class RecommendationCards
{
    public static BotReply Reply(string text, IReadOnlyList<Recommendation> recommendations, Func<Recommendation, string>? reason = null) => new()
    {
        Text = text,
        Cards = [.. recommendations.Select(r => Card(r, (reason ?? RecommendationReasons.Describe)(r)))],
    };

    public static ReplyCard Card(Recommendation recommendation, string reason)
    {
        var variant = recommendation.Variant;
        var options = string.Join(", ", variant.Options.Select(o => $"{o.Key}: {o.Value}"));
        return new ReplyCard(
            recommendation.Product.Name,
            CartText.Money(variant.Price),
            [reason, options],
            [new CardButton("Details", DiscoveryMessages.Details(variant.ItemId)), new CardButton("Add to cart", CartMessages.Add(variant.ItemId))]);
    }
}
