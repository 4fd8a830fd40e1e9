using EcomBot.Bot.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;

namespace EcomBot.Bot.Recommendations;

/// <summary>Recommendations as product cards: the reason line first, the suggested variant's options and price,
/// and "Details" / "Add to cart" buttons whose messages the discovery flow understands.</summary>
public static class RecommendationCards
{
    public static BotReply Reply(string text, IReadOnlyList<Recommendation> recommendations) => new()
    {
        Text = text,
        Cards = [.. recommendations.Select(Card)],
    };

    public static ReplyCard Card(Recommendation recommendation)
    {
        var variant = recommendation.Variant;
        var options = string.Join(", ", variant.Options.Select(o => $"{o.Key}: {o.Value}"));
        return new ReplyCard(
            recommendation.Product.Name,
            CartText.Money(variant.Price),
            [recommendation.Reason, options],
            [new CardButton("Details", DiscoveryMessages.Details(variant.ItemId)), new CardButton("Add to cart", CartMessages.Add(variant.ItemId))]);
    }
}
