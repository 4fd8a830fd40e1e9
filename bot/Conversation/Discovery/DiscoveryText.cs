using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>The shopper's request in words, for replies: "T-Shirt with color blue, price at most $49.99".</summary>
public static class DiscoveryText
{
    /// <summary>Whether the text names the product, singular or plural, in any case ("t-shirts", "hiking boot").</summary>
    public static bool Mentions(string text, string productName)
    {
        var name = Regex.Escape(productName.ToLowerInvariant().TrimEnd('s'));
        return Regex.IsMatch(text.ToLowerInvariant(), $@"(?<![\p{{L}}]){name}(s|es)?(?![\p{{L}}])", RegexOptions.CultureInvariant);
    }

    /// <summary>Whether the text holds <paramref name="word"/> as a whole word (or words: "full size").</summary>
    public static bool ContainsWord(string text, string word, bool ignoreCase = true) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\d]){Regex.Escape(word)}(?![\p{{L}}\d])",
            (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant);

    /// <summary>The state's required options in words: "size S, color black".</summary>
    public static string Options(DiscoveryState state) =>
        string.Join(", ", state.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));

    public static string Describe(DiscoveryState state)
    {
        var parts = new List<string>();
        if (state.Options.Count > 0)
        {
            parts.Add(Options(state));
        }
        if (state.MinPrice is { } min)
        {
            parts.Add($"price at least {CartText.Money(min)}");
        }
        if (state.MaxPrice is { } max)
        {
            parts.Add($"price at most {CartText.Money(max)}");
        }
        var what = state.ProductType ?? $"\"{state.Query}\"";
        return parts.Count == 0 ? what : $"{what} with {string.Join(", ", parts)}";
    }
}
