using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads amounts with units in an answer as values of the options measured in that unit, however the unit is spelled:
/// "4 foot" is "4 ft", "2 liter" is "2 liters", "13 inch" is "13-inch". An amount no value has ("8 bar" where pressure
/// comes in 9, 15 and 19 bar) is still read, as a value no variant has, so that the answer is told what there is.
/// </summary>
internal static partial class OptionAmounts
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["foot"] = "ft", ["feet"] = "ft", ["ft"] = "ft", ["'"] = "ft",
        ["inch"] = "inch", ["inches"] = "inch", ["in"] = "inch", ["\""] = "inch",
        ["l"] = "l", ["liter"] = "l", ["liters"] = "l", ["litre"] = "l", ["litres"] = "l",
        ["ml"] = "ml", ["milliliter"] = "ml", ["milliliters"] = "ml",
        ["hour"] = "hour", ["hours"] = "hour", ["hr"] = "hour", ["hrs"] = "hour", ["h"] = "hour",
        ["cup"] = "cup", ["cups"] = "cup", ["piece"] = "piece", ["pieces"] = "piece",
        ["lb"] = "lb", ["lbs"] = "lb", ["pound"] = "lb", ["pounds"] = "lb",
        ["degree"] = "degree", ["degrees"] = "degree", ["mp"] = "mp", ["megapixel"] = "mp", ["megapixels"] = "mp",
    };

    /// <summary>Option and value for each amount in <paramref name="text"/> whose unit an ordered option's values use.</summary>
    public static IEnumerable<(string Option, string Value)> Named(string text, VariantMeasures measures)
    {
        var units = measures.Ordered
            .Select(o => (Option: o, Unit: measures.Values[o].Select(UnitOf).Distinct(StringComparer.Ordinal).ToList() is [var u] ? u : ""))
            .Where(o => o.Unit.Length > 0)
            .ToList();
        foreach (Match match in Amount().Matches(text))
        {
            var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = Canonical(match.Groups["unit"].Value);
            var options = units.Where(u => u.Unit == unit).Select(u => u.Option).ToList();
            var exact = options.Select(o => (Option: o, Value: measures.Values[o].FirstOrDefault(v => OptionScale.Number(v) == number))).FirstOrDefault(o => o.Value is not null);
            if (exact.Value is not null)
            {
                yield return (exact.Option, exact.Value);
            }
            else if (options is [var only])
            {
                yield return (only, match.Value.Trim());
            }
        }
    }

    private static string UnitOf(string value) =>
        Amount().Match(value) is { Success: true } match && match.Index == 0 ? Canonical(match.Groups["unit"].Value) : "";

    private static string Canonical(string unit) => Units.GetValueOrDefault(unit, unit.ToLowerInvariant());

    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>[a-z]+|['""])(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
