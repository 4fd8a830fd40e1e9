using EcomBot.Bot.Capabilities.Catalog;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct CatalogCalls(TurnFunctions functions)
{
    public Task<IReadOnlyList<ProductMatch>> SearchAsync(ProductQuery query, CancellationToken cancellationToken) =>
        functions.CallAsync<IReadOnlyList<ProductMatch>>(PluginNames.Catalog, CatalogPlugin.SearchProducts, new() { ["query"] = query }, cancellationToken);

    public Task<Product> GetProductAsync(string productId, CancellationToken cancellationToken) =>
        functions.CallAsync<Product>(PluginNames.Catalog, CatalogPlugin.GetProductDetails, new() { ["productId"] = productId }, cancellationToken);

    public Task<CatalogueItem> ViewItemAsync(string itemId, CancellationToken cancellationToken) =>
        functions.CallAsync<CatalogueItem>(PluginNames.Catalog, CatalogPlugin.GetItemDetails, new() { ["itemId"] = itemId }, cancellationToken);

    public Task<IReadOnlyList<CatalogueItem>> GetItemsAsync(IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        functions.CallAsync<IReadOnlyList<CatalogueItem>>(PluginNames.Catalog, CatalogPlugin.GetItems, new() { ["itemIds"] = itemIds.ToArray() }, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<IReadOnlyDictionary<string, string>>(PluginNames.Catalog, CatalogPlugin.ListProductTypes, new(), cancellationToken);
}
