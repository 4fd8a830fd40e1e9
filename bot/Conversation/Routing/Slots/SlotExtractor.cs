using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing.Slots;

/// <summary>
/// Finds the details a customer gives in passing (order ids, email, zip code, name, price limits, product options)
/// with patterns and the catalogue's option vocabulary. Keys are listed in <see cref="SlotKeys"/>.
/// </summary>
public sealed partial class SlotExtractor(ProductOptionMatcher options)
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "not", "very", "so", "just", "still", "looking", "trying", "here", "back", "sorry", "happy",
        "and", "my", "zip", "from", "with", "in", "at", "calling", "writing", "interested", "unhappy", "going", "also",
        "email", "i", "is", "living", "really", "good", "fine", "well", "okay", "ok", "sure", "glad", "ready",
    };

    public IReadOnlyDictionary<string, string> Extract(string text)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        if (OrderId().Match(text) is { Success: true } order)
        {
            slots[SlotKeys.OrderId] = "#W" + order.Groups["digits"].Value;
        }
        if (Email().Match(text) is { Success: true } email)
        {
            slots[SlotKeys.Email] = email.Value.ToLowerInvariant();
        }
        if (Zip().Match(text) is { Success: true } zip)
        {
            slots[SlotKeys.Zip] = zip.Value;
        }
        AddName(text, slots);
        AddPrices(text, slots);
        foreach (var (option, value) in options.Match(text))
        {
            slots.TryAdd(SlotKeys.Option(option), value);
        }
        return slots;
    }

    private static void AddName(string text, Dictionary<string, string> slots)
    {
        var match = StatedName().Match(text);
        if (!match.Success)
        {
            match = IntroducedName().Match(text);
        }
        if (!match.Success || NotNames.Contains(match.Groups["first"].Value))
        {
            return;
        }
        slots[SlotKeys.FirstName] = TitleCase(match.Groups["first"].Value);
        if (match.Groups["last"] is { Success: true } last && !NotNames.Contains(last.Value))
        {
            slots[SlotKeys.LastName] = TitleCase(last.Value);
        }
    }

    private static void AddPrices(string text, Dictionary<string, string> slots)
    {
        if (PriceBetween().Match(text) is { Success: true } between)
        {
            slots[SlotKeys.PriceMin] = Amount(between.Groups["low"].Value);
            slots[SlotKeys.PriceMax] = Amount(between.Groups["high"].Value);
            return;
        }
        if (PriceAtMost().Match(text) is { Success: true } atMost)
        {
            slots[SlotKeys.PriceMax] = Amount(atMost.Groups["amount"].Value);
        }
        else if (PriceOrLess().Match(text) is { Success: true } orLess)
        {
            slots[SlotKeys.PriceMax] = Amount(orLess.Groups["amount"].Value);
        }
        if (PriceAtLeast().Match(text) is { Success: true } atLeast)
        {
            slots[SlotKeys.PriceMin] = Amount(atLeast.Groups["amount"].Value);
        }
    }

    private static string Amount(string digits) =>
        decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            .ToString(CultureInfo.InvariantCulture);

    private static string TitleCase(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));

    // "#W1234567", "W1234567", or seven digits right after "order" (optionally "order number", "order id", "order #").
    [GeneratedRegex(@"(?:#\s?|\b)W(?<digits>\d{7})\b|\border(?:\s+(?:number|no\.?|id))?\s*(?:is\s+)?[:#]?\s*(?<digits>\d{7})\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderId();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Five digits standing alone: not part of a longer number, an order id, a price or a decimal.
    [GeneratedRegex(@"(?<![\d$#.,]|\bW)\b\d{5}\b(?![\d.,]|\s*(?:dollars|usd|bucks))", RegexOptions.IgnoreCase)]
    private static partial Regex Zip();

    [GeneratedRegex(@"\b(?:my\s+name\s+is|my\s+name's|name\s*:|call\s+me)\s+(?<first>[A-Za-z][A-Za-z'\-]*)(?:\s+(?<last>[A-Za-z][A-Za-z'\-]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex StatedName();

    // "I'm Yusuf Rossi": only two capitalised words, so "I'm looking for a lamp" is not read as a name.
    [GeneratedRegex(@"\b(?:[Ii]\s+am|[Ii]'m|[Ii]’m|[Tt]his\s+is)\s+(?<first>[A-Z][a-z'\-]+)\s+(?<last>[A-Z][a-z'\-]+)\b")]
    private static partial Regex IntroducedName();

    [GeneratedRegex(@"\bbetween\s+\$?\s*(?<low>(?>\d[\d,]*(?:\.\d+)?))\s*(?:dollars|usd|bucks)?\s+(?:and|to|-)\s+\$?\s*(?<high>(?>\d[\d,]*(?:\.\d+)?))", RegexOptions.IgnoreCase)]
    private static partial Regex PriceBetween();

    [GeneratedRegex(@"(?:\b(?:under|below|less\s+than|cheaper\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most|max(?:imum)?|up\s+to|budget\s+(?:is|of)|within)|<)\s*\$?\s*(?<amount>(?>\d[\d,]*(?:\.\d+)?))(?!\s*(?:%|percent|days?|weeks?|months?|years?|hours?|minutes?|items?|pieces?|inch|ft|gb|tb|mah|ml))", RegexOptions.IgnoreCase)]
    private static partial Regex PriceAtMost();

    [GeneratedRegex(@"\$\s*(?<amount>(?>\d[\d,]*(?:\.\d+)?))\s+(?:or\s+(?:less|under|below)|max(?:imum)?|tops)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceOrLess();

    [GeneratedRegex(@"\b(?:over|above|more\s+than|at\s+least|min(?:imum)?|starting\s+at)\s*\$\s*(?<amount>(?>\d[\d,]*(?:\.\d+)?))", RegexOptions.IgnoreCase)]
    private static partial Regex PriceAtLeast();
}
