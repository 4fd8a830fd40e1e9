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
    public bool Matches(KnowledgePayload payload)
    {
        if ((ProductType is not null && !string.Equals(payload.ProductType, ProductType, StringComparison.Ordinal))
            || (Available is { } available && payload.Available != available)
            || (ArticleId is not null && !string.Equals(payload.ArticleId, ArticleId, StringComparison.Ordinal)))
        {
            return false;
        }
        foreach (var option in OptionValues)
        {
            if (!Contains(payload.OptionValues, option))
            {
                return false;
            }
        }
        return (MinPrice is null && MaxPrice is null) || AnyPriceInRange(payload.Prices, MinPrice ?? double.MinValue, MaxPrice ?? double.MaxValue);
    }

    private static bool Contains(IReadOnlyList<string> values, string wanted)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], wanted, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyPriceInRange(IReadOnlyList<double> prices, double min, double max)
    {
        for (var i = 0; i < prices.Count; i++)
        {
            if (prices[i] >= min && prices[i] <= max)
            {
                return true;
            }
        }
        return false;
    }
}
