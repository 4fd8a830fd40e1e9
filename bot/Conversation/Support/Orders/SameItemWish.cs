using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// An answer to "which options instead?" that asks for the very item the customer has ("the same one", "a new pair
/// with the same specs", "an identical one"): the store exchanges or changes an item only for a variant with at least
/// one option different, so this is refused in plain words, with what can be done instead.
/// </summary>
internal static partial class SameItemWish
{
    /// <summary>True when the answer asks for the same item again rather than for other options.</summary>
    public static bool IsMeant(string answer) => Same().IsMatch(answer);

    public static string Refusal(Product product, OrderItem item, ItemSwapTerms terms) =>
        $"I can't {terms.Verb} your {product.Name} ({string.Join(", ", item.Options.Values)}) for the very same one: "
        + $"{terms.Article.ToLowerInvariant()} has to be for a {product.Name} with at least one option different. "
        + $"{terms.SameItemAdvice}; or name the options you want.";

    [GeneratedRegex(@"\b(?:(?:the |exactly the |exact )?same (?:one|item|thing|model|product|kind|specs?|specifications|options|variant|version|pair|again)|identical|(?:one|pair) (?:just )?like (?:it|this|mine|the one i have)|replacement of the same|same as (?:before|mine|the one i have))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Same();
}
