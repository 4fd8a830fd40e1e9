namespace EcomBot.Bot.Commerce.Records;

/// <summary>One purchasable variant (the benchmark calls it an item) of a product type, with its options.</summary>
public sealed record Variant(string ItemId, IReadOnlyDictionary<string, string> Options, bool Available, decimal Price);

/// <summary>A product type (e.g. "T-Shirt") and its variants keyed by item id.</summary>
public sealed record Product(string Name, string ProductId, IReadOnlyDictionary<string, Variant> Variants);
