namespace EcomBot.Bot.Capabilities.Catalog;

/// <summary>What a shopper is looking for: their words, and what they have narrowed it to so far.</summary>
/// <param name="Text">Free text ("red t-shirt size L under $30"); options and price limits in it are recognised.</param>
public sealed record ProductQuery(string Text)
{
    /// <summary>Only this product type (the product name, any case).</summary>
    public string? ProductType { get; init; }

    /// <summary>Options every match must have (name to value, any case).</summary>
    public IReadOnlyDictionary<string, string> RequiredOptions { get; init; } = new Dictionary<string, string>();

    public decimal? MinPrice { get; init; }

    public decimal? MaxPrice { get; init; }

    /// <summary>Most variants considered before the ones much less relevant than the best product are left out.</summary>
    public int Limit { get; init; } = 60;
}
