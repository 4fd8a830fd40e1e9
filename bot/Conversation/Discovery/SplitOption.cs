using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>The question that best narrows many matches: the option whose values split them most evenly.</summary>
public sealed record SplitOption(string Name, IReadOnlyList<string> Values, double Entropy)
{
    /// <summary>Stands for "which product" when the matches span several products.</summary>
    public const string ProductKey = "product";

    /// <summary>
    /// The option with the highest Shannon entropy of its values over the matches (the product itself counts as an
    /// option when several products match), ignoring options already fixed; null if no option has two values.
    /// Values are offered most common first.
    /// </summary>
    public static SplitOption? Best(IReadOnlyList<ProductMatch> matches, IReadOnlySet<string> fixedOptions)
    {
        var candidates = matches
            .SelectMany(m => m.Options.Select(o => (Name: o.Key.ToLowerInvariant(), Value: o.Value)))
            .Select(o => o.Name)
            .Where(name => !fixedOptions.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .Select(name => Measure(name, matches.Select(m => ValueOf(m, name))))
            .Append(Measure(ProductKey, matches.Select(m => m.ProductName)));
        return candidates
            .Where(c => c.Values.Count >= 2)
            .OrderByDescending(c => c.Entropy)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static string ValueOf(ProductMatch match, string option) =>
        match.Options.FirstOrDefault(o => string.Equals(o.Key, option, StringComparison.OrdinalIgnoreCase)).Value ?? "";

    private static SplitOption Measure(string name, IEnumerable<string> values)
    {
        // A match without the option (another product) is its own group: asking would not narrow it.
        var counts = values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, Count: g.Count())).ToList();
        var total = counts.Sum(c => c.Count);
        var entropy = -counts.Sum(c => (double)c.Count / total * Math.Log2((double)c.Count / total));
        var offered = counts.Where(c => c.Key.Length > 0).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).ToList();
        return new SplitOption(name, offered, entropy);
    }
}
