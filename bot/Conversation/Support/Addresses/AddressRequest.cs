using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>
/// Reads a request to change an address for what it says beyond "change the address": the new address, written out
/// ("... to 101 Highway, New York, NY 10001, USA") or pointed at ("... to my default address in Chicago"); whether it is
/// for every pending order ("all my pending orders", "correct it on all my orders"); and whose address it changes, an
/// order's or the account's default ("change my default address to the one on my order" changes the default).
/// </summary>
public static partial class AddressRequest
{
    /// <summary>The words after "change ... address ... to" that name the new address, or null.</summary>
    public static string? NewAddressPart(string request) =>
        ChangeTo().Match(request) is { Success: true } m ? SentenceEnd().Split(m.Groups["to"].Value)[0].Trim() : null;

    /// <summary>The request without the words naming the new address: what it changes.</summary>
    public static string WhatChanges(string request) =>
        ChangeTo().Match(request) is { Success: true } m ? request[..m.Groups["to"].Index] : request;

    /// <summary>A whole new US address written in the message ("My address should be 445 Maple Drive, Suite 394, Fort
    /// Worth, TX 76165, USA."), or null.</summary>
    public static Address? WrittenAddress(string text)
    {
        foreach (Match written in WrittenOut().Matches(text))
        {
            var draft = new AddressDraft();
            if (AddressReader.Read(written.Value, draft) is null && draft.IsComplete)
            {
                return draft.ToAddress();
            }
        }
        return null;
    }

    /// <summary>The request is for all the customer's (pending) orders at once.</summary>
    public static bool ForEveryOrder(string request) => EveryOrder().IsMatch(WhatChanges(request));

    /// <summary>The request changes the account's default address ("change my default address to ...").</summary>
    public static bool ChangesTheDefault(string request) => DefaultAddress().IsMatch(WhatChanges(request));

    /// <summary>The request changes where one or more orders ship ("change the address of my pending order",
    /// "that order's address", "correct it on all my orders").</summary>
    public static bool ChangesAnOrder(string request) => OrderAddress().IsMatch(WhatChanges(request)) || ForEveryOrder(request);

    /// <summary>Asks for an address to change, not only about one ("which address was it sent to?").</summary>
    public static bool AsksForAChange(string text) => ChangeWords().IsMatch(text) && text.Contains("address", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first thing the request asks to change is an address ("I want to change the address to ...", "change
    /// that order's shipping address"), not something else first ("change the desk lamp, and also its address").</summary>
    public static bool ChangesAnAddressFirst(string text) =>
        FirstChange().Match(text) is { Success: true } first && ChangedThingIsAnAddress().IsMatch(text[(first.Index + first.Length)..]);

    /// <summary>The words name the address the customer has moved from ("the order that went to my old address").</summary>
    public static bool NamesAnOldAddress(string text) => OldAddress().IsMatch(text);

    [GeneratedRegex(@"\b(old|previous|former|wrong)\s+(home\s+|house\s+)?(address|home|house|place|apartment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OldAddress();

    [GeneratedRegex(@"\b(change|update|correct|fix|modify|switch|edit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstChange();

    [GeneratedRegex(@"^\s+((the|my|its|their|that|this|our)\s+)?([\w]+'s?\s+)?((shipping|delivery|mailing|default)\s+)?address", RegexOptions.IgnoreCase)]
    private static partial Regex ChangedThingIsAnAddress();

    [GeneratedRegex(@"\b(change|changing|update|correct|fix|modify|switch|set|edit|redirect)\b[^.?!;]*?\baddress(es)?\b[^.?!;]*?\s(back\s+)?to\s+(?<to>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"(?<=[^\s.]{2,})[.!?](\s|$)")]
    private static partial Regex SentenceEnd();

    // From a house number to a 5-digit zip code, with the country after it if given.
    [GeneratedRegex(@"(?<![\w#$])\d{1,6}\s+\p{L}[^!?\n]*?(?<!\d)\d{5}(-\d{4})?(?!\d)(,?\s*(USA|U\.S\.A\.|US|United States( of America)?)\b)?")]
    private static partial Regex WrittenOut();

    [GeneratedRegex(@"\b(all|every|each|both)\b( of)?( my| the| your)?( \w+)? orders?\b|\bon all of them\b", RegexOptions.IgnoreCase)]
    private static partial Regex EveryOrder();

    [GeneratedRegex(@"\b(default|account'?s?|profile|user|billing)\b( \w+)?( shipping)? address\b|\baddress (on|of|in) (my|the) (account|profile|file)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultAddress();

    [GeneratedRegex(@"\b(order'?s?|orders'|its|their)( shipping| delivery)? address(es)?\b|\baddress(es)? (of|on|for) [^.?!]*?\b(order|orders|it|them)\b|#W\d{7}|\bship(ping)? to\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderAddress();

    [GeneratedRegex(@"\b(change|changing|update|correct|fix|modify|switch|edit|redirect|use)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeWords();
}
