using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Catalogue;

/// <summary>The store's public catalogue: products, their variants, prices and availability. Anyone may read it.
/// Unknown ids are refused with <see cref="CommerceException"/> ("Product not found", "Item not found").</summary>
public interface ICatalogue
{
    Task<Product> GetProductAsync(string productId, CancellationToken cancellationToken = default);

    Task<CatalogueItem> GetItemAsync(string itemId, CancellationToken cancellationToken = default);

    /// <summary>Product type names and their product ids, sorted by name.</summary>
    Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Product>> ListProductsAsync(CancellationToken cancellationToken = default);
}
