using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Names a customer's saved payment methods the way they know them ("Visa credit card ending 1234", "PayPal",
/// "gift card (balance $40.00)") and reads which one an answer means. Raw ids such as credit_card_123 are never shown,
/// though a customer who types one is still understood.
/// </summary>
internal static partial class PaymentMethodNames
{
    public static string Name(PaymentMethod method) => method.Source switch
    {
        "credit_card" => $"{Capitalize(method.Brand ?? "")} credit card ending {method.LastFour}".TrimStart(),
        "paypal" => "PayPal",
        PaymentMethod.GiftCardSource => $"gift card (balance {OrderDescriptions.Money(method.GiftCardBalance)})",
        _ => method.Source.Replace('_', ' '),
    };

    /// <summary>The name of one of the customer's methods; a method no longer on the profile is still not shown by id.</summary>
    public static string Name(User profile, string paymentMethodId) =>
        profile.PaymentMethods.TryGetValue(paymentMethodId, out var method) ? Name(method) : "the payment method used for the order";

    /// <summary>True when the answer means the method the order was paid with ("the original method", "back the way I
    /// paid", "same as before").</summary>
    public static bool MeansTheOriginal(string answer) => OriginalWords().IsMatch(answer);

    /// <summary>The method an answer names: its full name or id, or a word that fits exactly one method ("paypal",
    /// "the gift card", "visa", "the card ending 1234"). Null when none or several fit.</summary>
    public static PaymentMethod? Find(IEnumerable<PaymentMethod> methods, string answer)
    {
        var candidates = methods.ToList();
        var exact = candidates.Where(m =>
            answer.Contains(m.Id, StringComparison.OrdinalIgnoreCase) || answer.Contains(Name(m), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }
        var digits = Digits().Matches(answer).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var fitting = candidates.Where(m => Fits(m, answer, digits)).ToList();
        if (fitting.Count == 1)
        {
            return fitting[0];
        }
        // "my card", "back to the card": a card that is not a gift card, when nothing more particular was named.
        var cards = fitting.Count == 0 && answer.Contains("card", StringComparison.OrdinalIgnoreCase) && !answer.Contains("gift", StringComparison.OrdinalIgnoreCase)
            ? candidates.Where(m => m.Source == "credit_card").ToList()
            : [];
        return cards.Count == 1 ? cards[0] : null;
    }

    /// <summary>The one card an answer means by "my other card", "a different card", "the second card": a credit card
    /// other than <paramref name="besidesId"/> (the one proposed, or the one the order was paid with). Null when the answer
    /// says no such thing, or when more than one other card fits.</summary>
    public static PaymentMethod? Other(IEnumerable<PaymentMethod> methods, string answer, string? besidesId)
    {
        if (!OtherCardWords().IsMatch(answer))
        {
            return null;
        }
        var others = methods.Where(m => m.Source == "credit_card" && m.Id != besidesId).ToList();
        return others.Count == 1 ? others[0] : null;
    }

    /// <summary>The text without its "my other card", "a different card": the "other" there is no other order.</summary>
    public static string WithoutOtherCard(string text) => OtherCardWords().Replace(text, " ");

    private static bool Fits(PaymentMethod method, string answer, HashSet<string> digits) => method.Source switch
    {
        "credit_card" => (method.LastFour is { } last && digits.Contains(last))
            || (method.Brand is { Length: > 0 } brand && answer.Contains(brand, StringComparison.OrdinalIgnoreCase))
            || answer.Contains("credit", StringComparison.OrdinalIgnoreCase),
        "paypal" => answer.Contains("paypal", StringComparison.OrdinalIgnoreCase) || answer.Contains("pay pal", StringComparison.OrdinalIgnoreCase),
        PaymentMethod.GiftCardSource => answer.Contains("gift", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"\b(original|same (way|method|card|one|account)|same as (before|i paid)|the way i paid|how i paid|what i paid with|where it came from|i paid with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalWords();

    [GeneratedRegex(@"\b(?:other|another|different|second)\s+(?:credit\s+)?card\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCardWords();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Digits();
}
