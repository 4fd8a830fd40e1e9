using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>Messages product cards send back ("details 1234567890") and the shopper's pointers at shown items
/// ("compare 1 and 2", "compare the first and third").</summary>
public static partial class DiscoveryMessages
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    public static string Details(string itemId) => $"details {itemId}";

    /// <summary>The item id in "details &lt;item id&gt;", or null.</summary>
    public static string? DetailsItem(string text) => DetailsPattern().Match(text) is { Success: true } m ? m.Groups["item"].Value : null;

    public static bool IsCompare(string text) => ComparePattern().IsMatch(text);

    /// <summary>Positions (1-based) or item ids named in a compare message, in order.</summary>
    public static IReadOnlyList<string> CompareTargets(string text)
    {
        var targets = new List<string>();
        foreach (Match token in TargetPattern().Matches(text))
        {
            var value = token.Value.ToLowerInvariant();
            var ordinal = Array.IndexOf(Ordinals, value);
            targets.Add(ordinal >= 0 ? (ordinal + 1).ToString(CultureInfo.InvariantCulture) : value);
        }
        return targets.Distinct().ToList();
    }

    [GeneratedRegex(@"^\s*(?:details|more about|tell me more about|show me)\s+(?:item\s+)?(?<item>\d{6,})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsPattern();

    [GeneratedRegex(@"\b(compare|comparison|side by side|versus|vs\.?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparePattern();

    [GeneratedRegex(@"\b(\d{6,}|[1-9]|first|second|third|fourth|fifth)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPattern();
}
