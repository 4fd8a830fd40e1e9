using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>A product's options with their values and, for those that have one, their <see cref="OptionScale"/>;
/// the price is measured too (the option null).</summary>
internal sealed class VariantMeasures
{
    private readonly Dictionary<string, OptionScale> _scales = new(StringComparer.OrdinalIgnoreCase);

    public VariantMeasures(Product product)
    {
        Values = product.Variants.Values.SelectMany(v => v.Options)
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(o => o.Value).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparer.Ordinal);
        foreach (var (option, values) in Values)
        {
            if (OptionScale.For(values) is { } scale)
            {
                _scales[option] = scale;
            }
        }
    }

    /// <summary>Each option of the product with its distinct values, in the catalogue's spelling.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; }

    /// <summary>The options whose values are ordered.</summary>
    public IEnumerable<string> Ordered => _scales.Keys;

    public bool IsOrdered(string? option) => option is null || _scales.ContainsKey(option);

    /// <summary>Where a value of the option sits on its scale; for the price (option null) the price itself.</summary>
    public double? Rank(string? option, string? value) =>
        option is null ? null : _scales.GetValueOrDefault(option)?.Rank(value);

    public double? Rank(Variant variant, string? option) =>
        option is null ? (double)variant.Price : Rank(option, variant.Options.GetValueOrDefault(option));

    public double? Rank(OrderItem item, string? option) =>
        option is null ? (double)item.Price : Rank(option, item.Options.GetValueOrDefault(option));

    /// <summary>The ranks of the option's values, low to high.</summary>
    public List<double> Ranks(string option) =>
        [.. Values.GetValueOrDefault(option, []).Select(v => Rank(option, v)).OfType<double>().Order()];
}
