using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Says plainly that a refund cannot go where the customer asked ("refunded to my credit card" for an order paid by
/// gift card) and where it can: the method the order was paid with, or one of the customer's gift cards. The kind of
/// method is named in the customer's own terms, so the refusal reads as an answer to what they said.
/// </summary>
internal static partial class RefundMethodRefusal
{
    /// <summary>True when a request says where its refund should go ("refunded to my credit card", "back to my PayPal").</summary>
    public static bool SaysWhere(string request) => Where().IsMatch(request);

    /// <summary>The kind of payment method the words name ("a credit card", "PayPal"), or null when they name none.</summary>
    public static string? Named(string words)
    {
        var match = Method().Match(words);
        if (!match.Success)
        {
            return null;
        }
        var kind = match.Value.ToLowerInvariant();
        return kind switch
        {
            "paypal" or "pay pal" => "PayPal",
            "gift card" => "a gift card",
            "bank" or "bank account" => "a bank account",
            "cash" => "cash",
            _ when kind.StartsWith("debit", StringComparison.Ordinal) => "a debit card",
            _ when kind.StartsWith("credit", StringComparison.Ordinal) => "a credit card",
            _ => $"a {kind}",
        };
    }

    /// <summary>The refusal and the question asked again.</summary>
    public static string Text(string named, string orderId, string paidWith, bool hasGiftCards) =>
        $"I can't refund order {orderId} to {named}: a refund can go only to {paidWith}, the method the order was paid with"
        + (hasGiftCards ? ", or to one of your gift cards." : ".")
        + " Where should the refund go instead?";

    [GeneratedRegex(@"\b(?:credit card|debit card|credit|debit|gift card|paypal|pay pal|bank account|bank|cash|visa|mastercard|amex|discover|card)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Method();

    [GeneratedRegex(@"\b(?:refund(?:ed)?|money|back|credit(?:ed)?|paid back)\b[^.?!]{0,30}\b(?:to|onto|on|into|via|through)\s+(?:my|the|a|your)\s+(?:\w+\s+)?(?:credit card|debit card|gift card|paypal|pay pal|bank|card|account|visa|mastercard)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();
}
