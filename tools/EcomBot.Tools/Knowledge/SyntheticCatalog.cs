using EcomBot.Knowledge.Catalog;
using EcomBot.Knowledge.Indexing;

namespace EcomBot.Tools.Knowledge;

/// <summary>Deterministic made-up products (seeded) for measuring the index at sizes the demo store does not reach.</summary>
public static class SyntheticCatalog
{
    private static readonly string[] Types = ["T-Shirt", "Laptop", "Running Shoes", "Backpack", "Desk Lamp", "Water Bottle", "Headphones", "Tea Kettle", "Yoga Mat", "Smart Watch"];
    private static readonly string[] Colors = ["black", "white", "red", "blue", "green", "grey", "silver", "purple"];
    private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL", "small", "medium", "large"];
    private static readonly string[] Materials = ["cotton", "polyester", "leather", "steel", "glass", "plastic", "bamboo"];

    public static IEnumerable<CatalogProduct> Products(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var variants = Enumerable.Range(0, 1 + random.Next(4))
                .Select(v => new VariantPayload(
                    $"{i}-{v}",
                    new Dictionary<string, string>
                    {
                        ["color"] = Colors[random.Next(Colors.Length)],
                        ["size"] = Sizes[random.Next(Sizes.Length)],
                        ["material"] = Materials[random.Next(Materials.Length)],
                    },
                    Math.Round(5m + (decimal)random.NextDouble() * 500m, 2),
                    random.Next(5) > 0))
                .ToList();
            yield return new CatalogProduct($"syn{i}", $"{type} {i % 997}", variants);
        }
    }

    /// <summary>A random unit vector: stands in for an embedding where running the model would take hours.</summary>
    public static float[] RandomUnitVector(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(random.NextDouble() * 2 - 1);
        }
        return EcomBot.Knowledge.Embeddings.VectorMath.Normalized(vector);
    }
}
