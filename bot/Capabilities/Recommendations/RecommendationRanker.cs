using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Capabilities.Recommendations.CoPurchase;

namespace EcomBot.Bot.Capabilities.Recommendations;

/// <summary>
/// Ranks the catalogue for one customer: interest in the product type, co-purchase with what they bought, how well
/// the best available variant matches their preferred options, and popularity, blended by
/// <see cref="RecommendationOptions"/>. Products the customer owns are left out unless consumable.
/// </summary>
public sealed class RecommendationRanker(RecommendationOptions options)
{
    /// <param name="relatedTo">The purchases co-purchase reasons start from: all of the customer's, or one order's.</param>
    /// <param name="keepOwned">Keep products the customer owns (they asked for this kind of product by name).</param>
    public IReadOnlyList<Recommendation> Rank(
        IEnumerable<Product> catalogue,
        IReadOnlyList<RankedInterest> productTypes,
        IReadOnlyList<RankedInterest> optionPreferences,
        PurchaseHistory owned,
        PurchaseHistory relatedTo,
        CoPurchaseModel coPurchases,
        int count,
        bool keepOwned = false)
    {
        var typeInterest = productTypes.ToDictionary(i => i.Key, i => i.Weight, StringComparer.OrdinalIgnoreCase);
        var strongestInterest = typeInterest.Count == 0 ? 0 : typeInterest.Values.Max();
        var preferences = optionPreferences.ToDictionary(i => i.Key, i => i.Weight, StringComparer.Ordinal);

        var candidates = catalogue
            .Where(p => keepOwned || !owned.Owns(p.ProductId) || options.IsConsumable(p.Name))
            .Select(p => (Product: p, Variant: BestVariant(p, preferences), BoughtWith: StrongestCoPurchase(p, relatedTo, coPurchases)))
            .Where(c => c.Variant.Variant is not null)
            .ToList();
        var strongestCoPurchase = candidates.Count == 0 ? 0 : candidates.Max(c => c.BoughtWith.Similarity);

        return candidates
            .Select(c =>
            {
                var interest = strongestInterest > 0 ? typeInterest.GetValueOrDefault(c.Product.Name) / strongestInterest : 0;
                var together = strongestCoPurchase > 0 ? c.BoughtWith.Similarity / strongestCoPurchase : 0;
                var interestPart = options.InterestWeight * interest;
                var togetherPart = options.CoPurchaseWeight * together;
                var score = interestPart + togetherPart
                    + options.OptionWeight * c.Variant.Match
                    + options.PopularityWeight * coPurchases.Popularity(c.Product.ProductId);
                return Explain(c.Product, c.Variant.Variant!, c.BoughtWith.Name, togetherPart, interestPart, owned, score);
            })
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Product.Name, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static Recommendation Explain(
        Product product, Variant variant, string? boughtWith, double togetherPart, double interestPart, PurchaseHistory owned, double score)
    {
        if (togetherPart > 0 && togetherPart >= interestPart && boughtWith is not null)
        {
            return new(product, variant, RecommendationBasis.BoughtTogether, boughtWith, score);
        }
        if (owned.Owns(product.ProductId))
        {
            return new(product, variant, RecommendationBasis.BuyAgain, product.Name, score);
        }
        return interestPart > 0
            ? new(product, variant, RecommendationBasis.ShownInterest, product.Name, score)
            : new(product, variant, RecommendationBasis.Popular, null, score);
    }

    /// <summary>The available variant that best matches the preferred options (share of the preference weight on
    /// this product's option names that it matches), cheapest first among equals.</summary>
    private static (Variant? Variant, double Match) BestVariant(Product product, Dictionary<string, double> preferences)
    {
        var available = product.Variants.Values.Where(v => v.Available).ToList();
        if (available.Count == 0)
        {
            return (null, 0);
        }
        var optionNames = available.SelectMany(v => v.Options.Keys).Select(n => n.Trim().ToLowerInvariant()).ToHashSet();
        var relevantWeight = preferences.Where(p => optionNames.Contains(p.Key.Split('=', 2)[0])).Sum(p => p.Value);
        return available
            .Select(v => (Variant: (Variant?)v, Match: relevantWeight > 0
                ? v.Options.Sum(o => preferences.GetValueOrDefault(ProfileInterests.OptionKey(o.Key, o.Value))) / relevantWeight
                : 0))
            .OrderByDescending(x => x.Match)
            .ThenBy(x => x.Variant!.Price)
            .ThenBy(x => x.Variant!.ItemId, StringComparer.Ordinal)
            .First();
    }

    private static (string? Name, double Similarity) StrongestCoPurchase(Product product, PurchaseHistory relatedTo, CoPurchaseModel coPurchases) =>
        relatedTo.Products
            .Select(p => (Name: (string?)p.Value.Name, Similarity: coPurchases.Similarity(p.Key, product.ProductId)))
            .Where(x => x.Similarity > 0)
            .OrderByDescending(x => x.Similarity)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .FirstOrDefault();
}
