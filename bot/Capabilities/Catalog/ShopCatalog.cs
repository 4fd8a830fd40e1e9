using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Commerce.Catalogue;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Capabilities.Catalog;

/// <summary>
/// The catalogue for shoppers: search by their words and filters (variant level, most relevant first), product and
/// variant details with the store's current price and availability, side-by-side look-ups. Searching and looking at
/// details teach the shopper's profile what they are interested in.
/// </summary>
public sealed class ShopCatalog(ICatalogue catalogue, ProductSearch search, IProfileSignals signals)
{
    /// <summary>How far below the best product's score another product may be and still count as a match
    /// (a fully named product scores 2 above a merely similar one).</summary>
    private const double RelevanceMargin = 1.0;

    public async Task<IReadOnlyList<ProductMatch>> SearchAsync(CustomerSession session, ProductQuery query, CancellationToken cancellationToken)
    {
        var matches = await search.SearchAsync(new ProductSearchRequest(query.Text)
        {
            Limit = query.Limit,
            ProductType = query.ProductType,
            RequiredOptions = query.RequiredOptions,
            MinPrice = query.MinPrice,
            MaxPrice = query.MaxPrice,
        }, cancellationToken);
        if (matches.Count == 0)
        {
            return matches;
        }
        var bestByProduct = matches.GroupBy(m => m.ProductId).ToDictionary(g => g.Key, g => g.Max(m => m.Score));
        var top = bestByProduct.Values.Max();
        var relevant = matches.Where(m => bestByProduct[m.ProductId] >= top - RelevanceMargin).ToList();
        Learn(session, InterestSource.Search, query.ProductType ?? relevant[0].ProductName, query.RequiredOptions);
        return relevant;
    }

    public Task<Product> GetProductAsync(string productId, CancellationToken cancellationToken) =>
        catalogue.GetProductAsync(productId, cancellationToken);

    /// <summary>One variant as the store has it now, which counts as the shopper looking at it.</summary>
    public async Task<CatalogueItem> ViewItemAsync(CustomerSession session, string itemId, CancellationToken cancellationToken)
    {
        var item = await catalogue.GetItemAsync(itemId, cancellationToken);
        Learn(session, InterestSource.View, item.ProductName, item.Variant.Options);
        return item;
    }

    /// <summary>Variants by item id as the store has them now, in the order asked; unknown ids are left out.</summary>
    public async Task<IReadOnlyList<CatalogueItem>> GetItemsAsync(IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        var items = new List<CatalogueItem>(itemIds.Count);
        foreach (var itemId in itemIds.Distinct(StringComparer.Ordinal))
        {
            try
            {
                items.Add(await catalogue.GetItemAsync(itemId, cancellationToken));
            }
            catch (Commerce.CommerceException)
            {
                // An id that is not in the catalogue (any more) is simply not shown.
            }
        }
        return items;
    }

    public Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken) =>
        catalogue.ListProductTypesAsync(cancellationToken);

    private void Learn(CustomerSession session, InterestSource source, string productType, IReadOnlyDictionary<string, string> options)
    {
        if (session.ProfileSubject is { } subject)
        {
            signals.Record(new InterestShown(subject, source, productType, new Dictionary<string, string>(options)));
        }
    }
}
