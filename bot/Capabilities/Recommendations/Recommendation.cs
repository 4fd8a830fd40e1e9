using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Capabilities.Recommendations;

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

/// <summary>One recommended product with a concrete available variant to offer, why (<see cref="Basis"/>), the product
/// the reason cites (the one bought before, or the kind of product the customer showed interest in; null when
/// popular) and the score it ranked by. The conversation layer words the reason.</summary>
public sealed record Recommendation(
    Product Product,
    Variant Variant,
    RecommendationBasis Basis,
    string? Cites,
    double Score);
