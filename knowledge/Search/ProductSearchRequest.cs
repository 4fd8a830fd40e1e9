namespace EcomBot.Knowledge.Search;

/// <summary>
/// A product look-up. <see cref="Text"/> is free text ("red t-shirt size L under $30"): options and price limits in
/// it are recognised. The other properties are exact filters for callers that already know what they want.
/// </summary>
public sealed record ProductSearchRequest(string Text)
{
    /// <summary>How many variants to return.</summary>
    public int Limit { get; init; } = 5;

    /// <summary>Only variants that can be bought now.</summary>
    public bool AvailableOnly { get; init; }

    /// <summary>Only this product type (the product name, any case).</summary>
    public string? ProductType { get; init; }

    /// <summary>Options every returned variant must have exactly (key and value, any case).</summary>
    public IReadOnlyDictionary<string, string> RequiredOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Price limits on top of those written in <see cref="Text"/>; these win when both are given.</summary>
    public decimal? MinPrice { get; init; }

    public decimal? MaxPrice { get; init; }
}

/// <summary>One variant found: what it is, its price and availability, its relevance, and why it matched.</summary>
public sealed record ProductMatch(
    string ProductId,
    string ProductName,
    string ItemId,
    IReadOnlyDictionary<string, string> Options,
    decimal Price,
    bool Available,
    double Score,
    IReadOnlyList<KeyValuePair<string, string>> MatchedOptions,
    string Reason);
