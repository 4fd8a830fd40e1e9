namespace EcomBot.Knowledge.Indexing;

/// <summary>
/// What is stored with each indexed document and returned with a hit. Products fill the product fields, policy
/// passages the article fields; the filterable fields (<see cref="ProductType"/>, <see cref="OptionValues"/>,
/// <see cref="Prices"/>, <see cref="Available"/>, <see cref="ArticleId"/>) have payload indexes in Qdrant.
/// </summary>
public sealed record KnowledgePayload
{
    public const string ProductKind = "product";
    public const string PolicyKind = "policy";

    /// <summary><see cref="ProductKind"/> or <see cref="PolicyKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The product's name, or the policy article's title.</summary>
    public required string Title { get; init; }

    /// <summary>The text that was embedded and indexed lexically.</summary>
    public required string Text { get; init; }

    /// <summary>Policy passages: the article's id (its file name), e.g. <c>returns</c>.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Policy passages: the heading of the section the passage is.</summary>
    public string? Section { get; init; }

    /// <summary>Policy passages: the section's anchor for a citation link, e.g. <c>returns#how-refunds-are-paid</c>.</summary>
    public string? Anchor { get; init; }

    public string? ProductId { get; init; }

    /// <summary>Lower-case product type (the product's name in this catalogue), e.g. <c>t-shirt</c>.</summary>
    public string? ProductType { get; init; }

    /// <summary>Every option value any variant has, as <see cref="OptionValue.Format"/> keys (<c>color=blue</c>).</summary>
    public IReadOnlyList<string> OptionValues { get; init; } = [];

    /// <summary>Every variant's price; a price-range filter matches when any of them is in range.</summary>
    public IReadOnlyList<double> Prices { get; init; } = [];

    /// <summary>True when at least one variant can be bought.</summary>
    public bool Available { get; init; }

    public IReadOnlyList<VariantPayload> Variants { get; init; } = [];
}

/// <summary>One purchasable variant of a product.</summary>
public sealed record VariantPayload(string ItemId, IReadOnlyDictionary<string, string> Options, decimal Price, bool Available);

/// <summary>The one spelling of an option for filters: lower case <c>key=value</c>.</summary>
public static class OptionValue
{
    public static string Format(string key, string value) =>
        $"{key.Trim().ToLowerInvariant()}={value.Trim().ToLowerInvariant()}";
}
