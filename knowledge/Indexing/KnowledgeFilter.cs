namespace EcomBot.Knowledge.Indexing;

/// <summary>Payload conditions a hit must meet; every set condition must hold (logical AND).</summary>
public sealed record KnowledgeFilter
{
    public static KnowledgeFilter None { get; } = new();

    /// <summary>Lower-case product type, e.g. <c>t-shirt</c>.</summary>
    public string? ProductType { get; init; }

    /// <summary>Option values (<see cref="OptionValue.Format"/>) the product must offer, all of them.</summary>
    public IReadOnlyList<string> OptionValues { get; init; } = [];

    /// <summary>At least one variant priced at or above this.</summary>
    public double? MinPrice { get; init; }

    /// <summary>At least one variant priced at or below this (and at or above <see cref="MinPrice"/>).</summary>
    public double? MaxPrice { get; init; }

    /// <summary>Only products with an available variant (true) or without one (false).</summary>
    public bool? Available { get; init; }

    /// <summary>Only passages of this policy article.</summary>
    public string? ArticleId { get; init; }

    public bool IsEmpty => this == None || (ProductType is null && OptionValues.Count == 0 && MinPrice is null
        && MaxPrice is null && Available is null && ArticleId is null);

    /// <summary>The same conditions evaluated in process (the embedded index; Qdrant evaluates them server-side).</summary>
    public bool Matches(KnowledgePayload payload) =>
        (ProductType is null || string.Equals(payload.ProductType, ProductType, StringComparison.Ordinal))
        && OptionValues.All(v => payload.OptionValues.Contains(v, StringComparer.Ordinal))
        && (MinPrice is null && MaxPrice is null || payload.Prices.Any(p => p >= (MinPrice ?? double.MinValue) && p <= (MaxPrice ?? double.MaxValue)))
        && (Available is null || payload.Available == Available)
        && (ArticleId is null || string.Equals(payload.ArticleId, ArticleId, StringComparison.Ordinal));
}
