using System.Globalization;
using System.Text.Json;
using EcomBot.Knowledge.Indexing;

namespace EcomBot.Knowledge.Catalog;

/// <summary>A product type of the store with its purchasable variants.</summary>
public sealed record CatalogProduct(string ProductId, string Name, IReadOnlyList<VariantPayload> Variants);

/// <summary>Parses the <c>products</c> section of the store's <c>db.json</c> (tau2 retail format).</summary>
public static class ProductCatalogReader
{
    public static IReadOnlyList<CatalogProduct> Read(string dbJsonPath)
    {
        using var stream = File.OpenRead(dbJsonPath);
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("products").EnumerateObject()
            .Select(p => ReadProduct(p.Value))
            .ToList();
    }

    private static CatalogProduct ReadProduct(JsonElement product) => new(
        product.GetProperty("product_id").GetString()!,
        product.GetProperty("name").GetString()!,
        product.GetProperty("variants").EnumerateObject()
            .Select(v => new VariantPayload(
                v.Value.GetProperty("item_id").GetString()!,
                v.Value.GetProperty("options").EnumerateObject().ToDictionary(o => o.Name, o => OptionText(o.Value), StringComparer.Ordinal),
                v.Value.GetProperty("price").GetDecimal(),
                v.Value.GetProperty("available").GetBoolean()))
            .ToList());

    private static string OptionText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
