using System.Globalization;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Ingestion;

namespace EcomBot.Knowledge.Catalog;

/// <summary>
/// Chunks the catalogue: one document per product, its variants' options, prices and availability in the payload.
/// The embedded text describes the product and its range of options; the lexical text repeats the name so a
/// named product outranks products that merely share an option word such as a colour.
/// </summary>
public static class ProductDocuments
{
    public static string IdOf(string productId) => $"product:{productId}";

    public static SourceDocument From(CatalogProduct product)
    {
        var options = product.Variants
            .SelectMany(v => v.Options)
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(o => o.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}")
            .ToList();
        var prices = product.Variants.Select(v => v.Price).DefaultIfEmpty().ToList();
        var description = $"{product.Name}. Options: {string.Join("; ", options)}. " +
            $"Prices from {prices.Min().ToString("0.00", CultureInfo.InvariantCulture)} to {prices.Max().ToString("0.00", CultureInfo.InvariantCulture)}.";

        var payload = new KnowledgePayload
        {
            Kind = KnowledgePayload.ProductKind,
            Title = product.Name,
            Text = description,
            ProductId = product.ProductId,
            ProductType = product.Name.ToLowerInvariant(),
            OptionValues = product.Variants.SelectMany(v => v.Options).Select(o => OptionValue.Format(o.Key, o.Value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Prices = product.Variants.Select(v => (double)v.Price).Distinct().Order().ToList(),
            Available = product.Variants.Any(v => v.Available),
            Variants = product.Variants,
        };
        var lexical = $"{product.Name} {product.Name} {product.Name} {string.Join(' ', options)}";
        return new SourceDocument(IdOf(product.ProductId), description, lexical, payload);
    }
}
