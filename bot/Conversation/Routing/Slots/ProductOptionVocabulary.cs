using System.Text.Json;

namespace EcomBot.Bot.Conversation.Routing.Slots;

/// <summary>
/// The product options the store sells (colour, size, material ...) and their values, read from the catalogue's
/// <c>products.*.variants.*.options</c>. A value used by several options ("black" as color, frame color, dial color)
/// belongs to the option that most variants use it for, which is the one a customer most likely means.
/// </summary>
public sealed class ProductOptionVocabulary
{
    public ProductOptionVocabulary(IEnumerable<(string Option, string Value)> optionValues)
    {
        var pairs = optionValues.ToList();
        ValuesByOption = pairs
            .GroupBy(p => p.Option, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.Select(p => p.Value).Distinct(StringComparer.OrdinalIgnoreCase)],
                StringComparer.OrdinalIgnoreCase);
        OptionForValue = pairs
            .GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(p => p.Option).OrderByDescending(o => o.Count()).ThenBy(o => o.Key, StringComparer.Ordinal).First().Key,
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every option name with its distinct values, in the catalogue's spelling.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ValuesByOption { get; }

    /// <summary>For each value, the option most variants use it for.</summary>
    public IReadOnlyDictionary<string, string> OptionForValue { get; }

    public static ProductOptionVocabulary Load(string catalogPath)
    {
        using var stream = File.OpenRead(catalogPath);
        using var document = JsonDocument.Parse(stream);
        var pairs = new List<(string, string)>();
        foreach (var product in document.RootElement.GetProperty("products").EnumerateObject())
        {
            foreach (var variant in product.Value.GetProperty("variants").EnumerateObject())
            {
                foreach (var option in variant.Value.GetProperty("options").EnumerateObject())
                {
                    if (option.Value.GetString() is { Length: > 0 } value)
                    {
                        pairs.Add((option.Name, value));
                    }
                }
            }
        }
        return new ProductOptionVocabulary(pairs);
    }
}
