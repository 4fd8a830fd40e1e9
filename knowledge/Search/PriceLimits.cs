using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Price limits a shopper wrote in words: "under $50", "less than 30 dollars", "at least 20", "between 20 and 40",
/// "$20-$40". A number counts as a price only next to such words or a currency sign, so "500 pieces" is not one.
/// </summary>
public sealed partial record PriceLimits(decimal? Min, decimal? Max)
{
    public static PriceLimits None { get; } = new(null, null);

    public bool IsEmpty => Min is null && Max is null;

    public bool Contains(decimal price) => price >= (Min ?? decimal.MinValue) && price <= (Max ?? decimal.MaxValue);

    /// <summary>The limits found in <paramref name="text"/>, and the text with those phrases removed.</summary>
    public static (PriceLimits Limits, string Remainder) Parse(string text)
    {
        if (Between().Match(text) is { Success: true } range)
        {
            var (low, high) = (Amount(range.Groups["low"]), Amount(range.Groups["high"]));
            return (new PriceLimits(Math.Min(low, high), Math.Max(low, high)), Remove(text, range));
        }
        var limits = None;
        var rest = text;
        if (AtMost().Match(rest) is { Success: true } max)
        {
            limits = limits with { Max = Amount(max.Groups["amount"]) };
            rest = Remove(rest, max);
        }
        if (AtLeast().Match(rest) is { Success: true } min)
        {
            limits = limits with { Min = Amount(min.Groups["amount"]) };
            rest = Remove(rest, min);
        }
        return (limits, rest);
    }

    public override string ToString() => (Min, Max) switch
    {
        (null, null) => "any price",
        (null, { } max) => $"at most {max:0.##}",
        ({ } min, null) => $"at least {min:0.##}",
        ({ } min, { } max) => $"{min:0.##} to {max:0.##}",
    };

    private const string Number = @"\$?\s?(?<amount>\d+(?:[.,]\d{1,2})?)\s*(?:\$|dollars?|usd|bucks)?";

    [GeneratedRegex(@"\b(?:between|from)\s+\$?\s?(?<low>\d+(?:\.\d{1,2})?)\s*(?:dollars?|usd)?\s+(?:and|to)\s+\$?\s?(?<high>\d+(?:\.\d{1,2})?)\s*(?:\$|dollars?|usd|bucks)?|\$(?<low>\d+(?:\.\d{1,2})?)\s*(?:-|to)\s*\$?(?<high>\d+(?:\.\d{1,2})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(?:under|below|less than|cheaper than|up to|at most|no more than|max(?:imum)?|within)\s+" + Number, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtMost();

    [GeneratedRegex(@"\b(?:over|above|more than|at least|min(?:imum)?|starting at)\s+" + Number, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeast();

    private static decimal Amount(Group group) => decimal.Parse(group.Value.Replace(',', '.'), CultureInfo.InvariantCulture);

    private static string Remove(string text, Match match) => text.Remove(match.Index, match.Length).Trim();
}
