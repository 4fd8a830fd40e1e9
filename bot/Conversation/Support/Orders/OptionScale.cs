using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// The order of an option's values, when they have one: numbers with units ("500ml" &lt; "750ml" &lt; "1000ml",
/// "256GB SSD" &lt; "1TB SSD", "1080p" &lt; "2K" &lt; "4K", "not resistant" &lt; "IPX4") or words on a known scale
/// ("low" &lt; "medium" &lt; "high", "S" &lt; "M" &lt; "XL", "beginner" &lt; "expert"). Options such as colour or
/// material have no scale.
/// </summary>
internal sealed partial class OptionScale
{
    private static readonly string[][] WordScales =
    [
        ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"],
        ["extra small", "small", "medium", "large", "extra large"],
        ["portable", "compact", "medium", "large"],
        ["low", "medium", "high"],
        ["beginner", "easy", "intermediate", "advanced", "expert"],
        ["basic", "standard", "professional"],
        ["standard", "high-back"],
        ["a6", "a5", "a4", "a3"],
        ["60%", "65%", "75%", "80%", "full size"],
    ];

    // Values meaning "none of it" sit at the bottom of a numeric scale ("not resistant" below "IPX4").
    private static readonly HashSet<string> Nothing = new(StringComparer.OrdinalIgnoreCase) { "none", "no", "not resistant", "non-resistant" };

    private readonly Dictionary<string, double> _ranks;

    private OptionScale(Dictionary<string, double> ranks) => _ranks = ranks;

    /// <summary>The scale of an option's values, or null when they have no order (fewer than two values, or any
    /// value off the scale).</summary>
    public static OptionScale? For(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count < 2)
        {
            return null;
        }
        foreach (var scale in WordScales)
        {
            if (distinct.All(v => scale.Contains(v.ToLowerInvariant())))
            {
                return new OptionScale(distinct.ToDictionary(v => v, v => (double)Array.IndexOf(scale, v.ToLowerInvariant()), StringComparer.OrdinalIgnoreCase));
            }
        }
        var ranks = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in distinct)
        {
            if (Nothing.Contains(value))
            {
                ranks[value] = 0;
            }
            else if (Quantity(value) is { } quantity)
            {
                ranks[value] = quantity;
            }
            else
            {
                return null;
            }
        }
        return ranks.Values.Distinct().Count() == ranks.Count ? new OptionScale(ranks) : null;
    }

    /// <summary>The value's place on the scale (a larger number is more of it), or null for a value not on it.</summary>
    public double? Rank(string? value) => value is not null && _ranks.TryGetValue(value, out var rank) ? rank : null;

    /// <summary>The quantity a value states, in a common unit where units differ ("1TB" is 1024 "GB", "4K" is
    /// 4000 and "1080p" 1920 pixels across), or null when it states none.</summary>
    public static double? Quantity(string value)
    {
        var match = Number().Match(value);
        if (!match.Success)
        {
            return null;
        }
        var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "tb" => number * 1024,
            "k" => number * 1000,
            "p" => number * 16 / 9,
            _ => number,
        };
    }

    /// <summary>The number a value states, as written ("1000" of "1000 pieces", "8" of "8 bar").</summary>
    public static double? Number(string value) =>
        Number().Match(value) is { Success: true } match ? double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    // A number at the start, or after a short prefix of letters ("i7", "IPX4"), with the unit right after it.
    [GeneratedRegex(@"^(?:[a-z]{1,3})?(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>[a-z%]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
