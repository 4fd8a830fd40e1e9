using EcomBot.Bot.Capabilities.Recommendations;

namespace EcomBot.Bot.Conversation.Discovery.Recommendations;

/// <summary>Why a product is recommended, in words a customer understands ("Because you bought a Desk Lamp").</summary>
public static class RecommendationReasons
{
    public static string Describe(Recommendation recommendation) => recommendation.Basis switch
    {
        RecommendationBasis.BoughtTogether => $"Because you bought {ProductWording.WithArticle(recommendation.Cites!)}",
        RecommendationBasis.BuyAgain => $"You bought {ProductWording.WithArticle(recommendation.Product.Name)} before - time for a new one?",
        RecommendationBasis.ShownInterest => $"Because you looked at {ProductWording.Plural(recommendation.Product.Name)}",
        _ => "Popular with other customers",
    };

    /// <summary>After check-out the shopper has not received the order yet, so the reason speaks of the order, not of owning it.</summary>
    public static string InThisOrder(Recommendation recommendation) =>
        recommendation.Basis == RecommendationBasis.BoughtTogether && recommendation.Cites is { } cited
            ? $"Often bought together with the {cited.ToLowerInvariant()} in this order"
            : Describe(recommendation);
}
