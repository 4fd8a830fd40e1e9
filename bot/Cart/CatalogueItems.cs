using System.Collections.Concurrent;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Cart;

/// <summary>A variant with the name of its product, found by item id in the store's catalogue.</summary>
public sealed record CatalogueItem(string ProductName, Variant Variant);

/// <summary>
/// Looks variants up by item id with their product's name (the store's variant record does not carry it). The item
/// to product map is built once from the catalogue; prices and availability are read from the store on every look-up.
/// </summary>
public sealed class CatalogueItems(ICommerceStore store)
{
    private readonly ConcurrentDictionary<string, string> _productOfItem = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private bool _loaded;

    /// <summary>The item, or null if the catalogue has no such item id.</summary>
    public async Task<CatalogueItem?> FindAsync(string itemId, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        if (!_productOfItem.TryGetValue(itemId, out var productId))
        {
            return null;
        }
        var product = await store.GetProductAsync(productId, cancellationToken);
        return product.Variants.TryGetValue(itemId, out var variant) ? new CatalogueItem(product.Name, variant) : null;
    }

    /// <summary>The catalogue's product names ("T-Shirt", "Hiking Boots" ...).</summary>
    public async Task<IReadOnlyCollection<string>> ProductNamesAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListProductTypesAsync(cancellationToken)).Keys];

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }
            foreach (var productId in (await store.ListProductTypesAsync(cancellationToken)).Values)
            {
                var product = await store.GetProductAsync(productId, cancellationToken);
                foreach (var itemId in product.Variants.Keys)
                {
                    _productOfItem[itemId] = productId;
                }
            }
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }
}
