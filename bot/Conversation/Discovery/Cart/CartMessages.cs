using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>
/// Cart requests in words: the typed commands ("add 1234567890 to cart", "remove ... from cart", "check out"),
/// recognised by pattern before any classification, and the shapes of adding and removing ("add the first to cart",
/// "remove the black one").
/// </summary>
public static partial class CartMessages
{
    public const string ViewCart = "view cart";
    public const string CheckOut = "check out";

    /// <summary>The typed command that adds an item by id, as a script or a customer who knows the id writes it.</summary>
    public static string Add(string itemId) => $"add {itemId} to cart";

    public static string Remove(string itemId) => $"remove {itemId} from cart";

    /// <summary>The item id in "add &lt;item id&gt; to cart", or null.</summary>
    public static string? AddedItem(string text) => AddPattern().Match(text) is { Success: true } m ? m.Groups["item"].Value : null;

    /// <summary>The item id in "remove &lt;item id&gt; from cart", or null.</summary>
    public static string? RemovedItem(string text) => RemovePattern().Match(text) is { Success: true } m ? m.Groups["item"].Value : null;

    /// <summary>An item id (ten digits in the demo catalogue) anywhere in the text, or null.</summary>
    public static string? AnyItemId(string text) => ItemIdPattern().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>Words that put something in the cart: "add the first to cart", "add it", "can you add number 2", "put the
    /// black one in my basket", "I'll take the second one". Not "did it get added?" nor "what's in my cart".</summary>
    public static bool IsAddRequest(string text) => AddRequestPattern().IsMatch(text);

    /// <summary>Words that take something out of the cart: "remove the first one", "take the black one out of my basket".</summary>
    public static bool IsRemoveRequest(string text) => RemoveRequestPattern().IsMatch(text);

    public static bool IsCheckOut(string text) => CheckOutPattern().IsMatch(text);

    public static bool IsViewCart(string text) => ViewCartPattern().IsMatch(text);

    /// <summary>"empty my cart", "clear the basket", "remove everything from my cart": the whole cart, not one item.</summary>
    public static bool IsEmptyCart(string text) => EmptyCartPattern().IsMatch(text);

    [GeneratedRegex(@"^\s*add\s+(?:item\s+)?(?<item>\d{6,})\s+to\s+(?:my\s+|the\s+)?(?:cart|basket)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AddPattern();

    [GeneratedRegex(@"^\s*(?:remove|delete|take)\s+(?:item\s+)?(?<item>\d{6,})\s+(?:out\s+of|from)\s+(?:my\s+|the\s+)?(?:cart|basket)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RemovePattern();

    [GeneratedRegex(
        @"^\s*(?:please\s+)?(?:(?:empty|clear|wipe)(?:\s+out)?\s+(?:my\s+|the\s+)?(?:shopping\s+)?(?:cart|basket|bag)"
        + @"|(?:remove|delete|take\s+out|get\s+rid\s+of)\s+(?:everything|all(?:\s+the)?(?:\s+items)?)(?:\s+(?:from|in|out\s+of)\s+(?:my\s+|the\s+)?(?:shopping\s+)?(?:cart|basket|bag))?)"
        + @"(?:\s+please)?\s*[.!]?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex EmptyCartPattern();

    [GeneratedRegex(
        @"^\s*(?:(?:ok(?:ay)?|yes|great|please|and|then|also|so)[\s,!.]+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|i(?:'d|\s+would)\s+like\s+(?:to\s+)?|i\s+want\s+(?:to\s+)?|let's\s+)?"
        + @"(?:add\b|(?:put|throw|pop|stick|place|save)\b.*\b(?:cart|basket|bag)\b|i(?:'ll|\s+will)\s+(?:take|have|get)\b)"
        + @"|\badd\s+(?:it|this|that|them|the\s+\S+|number\s+\d|#?\d)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AddRequestPattern();

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:remove|delete|drop|take\s+out|get\s+rid\s+of)\b|\b(?:out\s+of|from|off)\s+(?:my\s+|the\s+)?(?:shopping\s+)?(?:cart|basket|bag)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoveRequestPattern();

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex ItemIdPattern();

    // "pay" only as the message's last word ("I'm ready to pay", "pay now"): "can I pay for my order with a gift card?"
    // asks about an order's payment, not to check out.
    [GeneratedRegex(@"\b(check\s*-?\s*out|place\s+(?:the\s+|my\s+)?order)\b|\bpay(?:\s+now)?\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CheckOutPattern();

    [GeneratedRegex(@"^\s*(?:view|show|see|open)\s+(?:my\s+|the\s+)?(?:cart|basket)\s*[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewCartPattern();
}
