using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Catalogue;

/// <summary>The demo store's catalogue, as shipped in <c>db.json</c> (the catalogue does not change while the bot runs).</summary>
public sealed class StoreCatalogue(StoreDatabase database) : ICatalogue
{
    private readonly IReadOnlyList<Product> _products = [.. database.Products.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];

    public Task<Product> GetProductAsync(string productId, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.Products.GetValueOrDefault(productId.Trim()) ?? throw new CommerceException("Product not found"));

    public Task<CatalogueItem> GetItemAsync(string itemId, CancellationToken cancellationToken = default)
    {
        var id = itemId.Trim();
        return Task.FromResult(database.ProductIdOfItem(id) is { } productId && database.Products[productId] is var product
            ? new CatalogueItem(product.ProductId, product.Name, product.Variants[id])
            : throw new CommerceException("Item not found"));
    }

    public Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            new SortedDictionary<string, string>(_products.ToDictionary(p => p.Name, p => p.ProductId, StringComparer.Ordinal), StringComparer.Ordinal));

    public Task<IReadOnlyList<Product>> ListProductsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_products);
}
