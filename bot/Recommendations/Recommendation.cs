using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Recommendations;

/// <summary>Why a product was recommended, in the order the ranker prefers to explain it.</summary>
public enum RecommendationBasis
{
    /// <summary>Customers who bought something this customer bought also bought it.</summary>
    BoughtTogether,

    /// <summary>The customer searched for, looked at or carted this kind of product.</summary>
    ShownInterest,

    /// <summary>A consumable the customer bought before.</summary>
    BuyAgain,

    /// <summary>Nothing personal to go on: many customers bought it.</summary>
    Popular,
}

/// <summary>One recommended product with a concrete available variant to offer, the reason in words a customer
/// understands, the product or interest the reason cites (<see cref="Cites"/>) and the score it ranked by.</summary>
public sealed record Recommendation(
    Product Product,
    Variant Variant,
    RecommendationBasis Basis,
    string Reason,
    string? Cites,
    double Score);
