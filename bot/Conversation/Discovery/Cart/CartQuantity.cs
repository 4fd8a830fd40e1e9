using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>
/// How many a shopper asks to add: "add 2 of them", "two of the first one", "add 3 more", "I'll take a pair",
/// "add it x2". A number that is a place in the list ("add 2 to cart", "number 2") or an option ("size 8") is no
/// quantity; without one the quantity is one.
/// </summary>
public static partial class CartQuantity
{
    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The quantity asked for (1 when none is) and the message without the words that said it, so what is
    /// left can be read for which item is meant.</summary>
    public static (int Quantity, string Remainder) Read(string text)
    {
        var match = QuantityPattern().Match(text);
        if (!match.Success)
        {
            return (1, text);
        }
        var said = match.Groups["n"].Value.ToLowerInvariant();
        var quantity = said switch
        {
            "a couple" or "a pair" => 2,
            _ when Array.IndexOf(NumberWords, said) is >= 0 and var index => index + 1,
            _ => int.Parse(said, NumberStyles.None, CultureInfo.InvariantCulture),
        };
        // "2 of them" leaves "them" for the item; "2 of the first one" leaves "the first one".
        var rest = string.Join(' ', $"{text[..match.Index]} {match.Groups["keep"].Value} {text[(match.Index + match.Length)..]}"
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (Math.Max(quantity, 1), rest);
    }

    [GeneratedRegex(
        @"(?<![\w#$.])(?:x\s?(?<n>\d{1,2})|(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a pair)\s*(?:x\b|more\b|units?\b|pieces?\b|copies\b|pcs\b|of\s+(?<keep>them|those|these|it|that|this|each|the\b)))",
        RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();
}
