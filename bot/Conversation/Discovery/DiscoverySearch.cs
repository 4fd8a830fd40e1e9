using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Runs the shopper's accumulated request through <see cref="ProductSearch"/> and keeps the products that are about
/// as relevant as the best one, so a clarifying question is about what they asked for, not about loose neighbours.
/// </summary>
public sealed class DiscoverySearch(ProductSearch search)
{
    /// <summary>How far below the best product's score another product may be and still count as a match
    /// (a fully named product scores 2 above a merely similar one).</summary>
    private const double RelevanceMargin = 1.0;
    private const int VariantsConsidered = 60;

    public async Task<IReadOnlyList<ProductMatch>> FindAsync(DiscoveryState state, CancellationToken cancellationToken)
    {
        var matches = await search.SearchAsync(new ProductSearchRequest(state.Query)
        {
            Limit = VariantsConsidered,
            ProductType = state.ProductType,
            RequiredOptions = state.Options,
            MinPrice = state.MinPrice,
            MaxPrice = state.MaxPrice,
        }, cancellationToken);
        if (matches.Count == 0)
        {
            return matches;
        }
        var bestByProduct = matches.GroupBy(m => m.ProductId).ToDictionary(g => g.Key, g => g.Max(m => m.Score));
        var top = bestByProduct.Values.Max();
        return matches.Where(m => bestByProduct[m.ProductId] >= top - RelevanceMargin).ToList();
    }
}
