using System.ComponentModel;
using EcomBot.Bot.Capabilities.Catalog;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Knowledge.Search;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>The store's catalogue: product search, product and variant details, side-by-side look-ups.</summary>
public sealed class CatalogPlugin(ShopCatalog catalog)
{
    public const string SearchProducts = "search_products";
    public const string GetProductDetails = "get_product_details";
    public const string GetItemDetails = "get_item_details";
    public const string GetItems = "get_items";
    public const string ListProductTypes = "list_all_product_types";

    [KernelFunction(SearchProducts), Description("Searches the catalogue by the shopper's words and filters; returns matching variants, most relevant first, with price, availability and options.")]
    public Task<IReadOnlyList<ProductMatch>> SearchProductsAsync(
        Kernel kernel,
        [Description("What the shopper is looking for, with any product type, options and price limits in their words.")] ProductQuery query,
        CancellationToken cancellationToken) =>
        catalog.SearchAsync(KernelSession.Of(kernel), query, cancellationToken);

    [KernelFunction(GetProductDetails), Description("Gets a product type's variants (item ids, options, availability, price).")]
    public Task<Product> GetProductDetailsAsync(
        [Description("The product id, such as '6086499569'; not an item id.")] string productId,
        CancellationToken cancellationToken) =>
        catalog.GetProductAsync(productId, cancellationToken);

    [KernelFunction(GetItemDetails), Description("Gets one variant by item id with its product's name, current price and availability.")]
    public Task<CatalogueItem> GetItemDetailsAsync(
        Kernel kernel,
        [Description("The item id, such as '1151293680'.")] string itemId,
        CancellationToken cancellationToken) =>
        catalog.ViewItemAsync(KernelSession.Of(kernel), itemId, cancellationToken);

    [KernelFunction(GetItems), Description("Gets several variants by item id, to compare them side by side; unknown ids are left out.")]
    public Task<IReadOnlyList<CatalogueItem>> GetItemsAsync(
        [Description("Item ids in the order to show them.")] string[] itemIds,
        CancellationToken cancellationToken) =>
        catalog.GetItemsAsync(itemIds, cancellationToken);

    [KernelFunction(ListProductTypes), Description("Lists the store's product types by name, with their product ids.")]
    public Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken) =>
        catalog.ListProductTypesAsync(cancellationToken);
}
