using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// Whether the bot told the customer the facts a task says must be told (<c>communicate_info</c>): a number must appear
/// as a number of the same value ("180.1" is told by "$180.10", "8276.23" by "$8,276.23", "10" not by "100" or "$10.50");
/// anything else as whole words, case aside.
/// </summary>
public static partial class ToldFacts
{
    public static string? FirstMissing(IReadOnlyList<string> facts, IEnumerable<string> botReplies)
    {
        var told = string.Join("\n", botReplies);
        var numbers = Number().Matches(told).Select(m => Value(m.Value)).OfType<decimal>().ToHashSet();
        var missing = facts.FirstOrDefault(fact => Value(fact) is { } number
            ? !numbers.Contains(number)
            : !Regex.IsMatch(told, $@"(?<!\w){Regex.Escape(fact)}(?!\w)", RegexOptions.IgnoreCase));
        return missing is null ? null : $"told: the bot never said \"{missing}\"";
    }

    private static decimal? Value(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    // Digits with optional thousands separators and decimals, not part of a longer word or id ("#W2378156", "4GB").
    [GeneratedRegex(@"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")]
    private static partial Regex Number();
}
