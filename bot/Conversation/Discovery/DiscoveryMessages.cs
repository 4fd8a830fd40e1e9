using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>Requests about shown items: "details 1234567890", "tell me more about the second one", "compare 1 and 2",
/// "compare the first and third".</summary>
public static partial class DiscoveryMessages
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    /// <summary>A place in the list as a customer says it: "the first", "the second" ... "number 7".</summary>
    public static string Place(int position) =>
        position >= 1 && position <= Ordinals.Length ? $"the {Ordinals[position - 1]}" : $"number {position.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The item id in "details &lt;item id&gt;", or null.</summary>
    public static string? DetailsItem(string text) => DetailsPattern().Match(text) is { Success: true } m ? m.Groups["item"].Value : null;

    /// <summary>"tell me more about the second one", "details of the first", "more about it": details of a shown item.</summary>
    public static bool IsDetailsRequest(string text) => DetailsRequestPattern().IsMatch(text);

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

    [GeneratedRegex(@"^\s*(?:(?:can|could)\s+you\s+|please\s+)?(?:tell\s+me\s+(?:more\s+)?about|(?:more|info|information|details)\s+(?:about|on|of|for)|details\b|what\s+about|describe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsRequestPattern();

    [GeneratedRegex(@"\b(compare|comparison|side by side|versus|vs\.?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparePattern();

    [GeneratedRegex(@"\b(\d{6,}|[1-9]|first|second|third|fourth|fifth)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPattern();
}
