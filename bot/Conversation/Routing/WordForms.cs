using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// Words as the customer's messages and the store's names are compared: lower case, letters only, plural or singular
/// alike ("kettles" meets "Electric Kettle", "earbud" meets "Wireless Earbuds").
/// </summary>
public static partial class WordForms
{
    /// <summary>The message's words in lower case and singular form, in order.</summary>
    public static IEnumerable<string> Words(string text) =>
        Letters().Matches(text.ToLowerInvariant()).Select(m => Singular(m.Value));

    /// <summary>A plain English singular; good enough to compare product names, not a grammar.</summary>
    public static string Singular(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 5 } when word.EndsWith("lves", StringComparison.Ordinal) => word[..^3] + "f", // "bookshelves"
        _ when word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
