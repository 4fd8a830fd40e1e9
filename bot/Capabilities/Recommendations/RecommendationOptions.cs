using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Capabilities.Recommendations;

/// <summary>How recommendations are ranked (section <c>Recommendations</c>). A product's score is
/// <c>InterestWeight × type interest + CoPurchaseWeight × co-purchase + OptionWeight × option match
/// + PopularityWeight × popularity</c>, each part scaled to 0..1; see bot/Recommendations/README.md.</summary>
public sealed class RecommendationOptions
{
    public const string SectionName = "Recommendations";

    /// <summary>Weight of the customer's decayed interest in the product type (searches, views, cart, orders).</summary>
    [Range(0.0, 100.0, ErrorMessage = "Recommendations:InterestWeight must be between 0 and 100.")]
    public double InterestWeight { get; set; } = 1.0;

    /// <summary>Weight of the strongest co-purchase similarity to a product the customer bought.</summary>
    [Range(0.0, 100.0, ErrorMessage = "Recommendations:CoPurchaseWeight must be between 0 and 100.")]
    public double CoPurchaseWeight { get; set; } = 1.0;

    /// <summary>Weight of how well the suggested variant matches the customer's preferred options.</summary>
    [Range(0.0, 100.0, ErrorMessage = "Recommendations:OptionWeight must be between 0 and 100.")]
    public double OptionWeight { get; set; } = 0.25;

    /// <summary>Weight of how many customers bought the product: the tie-breaker, and all there is for a new visitor.</summary>
    [Range(0.0, 100.0, ErrorMessage = "Recommendations:PopularityWeight must be between 0 and 100.")]
    public double PopularityWeight { get; set; } = 0.1;

    /// <summary>A pair of products bought together by fewer customers than this is treated as chance.</summary>
    [Range(1, 1000, ErrorMessage = "Recommendations:MinimumCoPurchases must be between 1 and 1000.")]
    public int MinimumCoPurchases { get; set; } = 2;

    /// <summary>Extra weight, in the co-purchase similarity, of each order that held both products (on top of the
    /// customer who bought both).</summary>
    [Range(0.0, 100.0, ErrorMessage = "Recommendations:SameOrderWeight must be between 0 and 100.")]
    public double SameOrderWeight { get; set; } = 0.5;

    /// <summary>The consumables when <see cref="ConsumableProductTypes"/> is not set: of the demo store's 50 product
    /// types, those used up (bulbs, notebooks, make-up, perfume), worn out (running shoes, T-shirts) or collected
    /// one after another (jigsaw puzzles).</summary>
    public static readonly IReadOnlyList<string> DefaultConsumableProductTypes =
        ["Notebook", "LED Light Bulb", "Makeup Kit", "Perfume", "Jigsaw Puzzle", "T-Shirt", "Running Shoes"];

    /// <summary>Product types bought again and again; these may be recommended to a customer who already has one.
    /// Everything else the customer owns is left out. Unset means <see cref="DefaultConsumableProductTypes"/>
    /// (a list, not a default value, because configuration binding appends to a list's defaults).</summary>
    public string[]? ConsumableProductTypes { get; set; }

    /// <summary>Recommendations shown by the "recommend something" flow.</summary>
    [Range(1, 10, ErrorMessage = "Recommendations:CardCount must be between 1 and 10.")]
    public int CardCount { get; set; } = 3;

    /// <summary>Recommendations offered after a completed order.</summary>
    [Range(0, 10, ErrorMessage = "Recommendations:AfterOrderCount must be between 0 and 10.")]
    public int AfterOrderCount { get; set; } = 2;

    public bool IsConsumable(string productType) =>
        (ConsumableProductTypes ?? DefaultConsumableProductTypes).Contains(productType.Trim(), StringComparer.OrdinalIgnoreCase);
}
