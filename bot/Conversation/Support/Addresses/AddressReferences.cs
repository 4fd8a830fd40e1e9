using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>What an answer that points at an address the store already has picks among them.</summary>
/// <param name="Fits">The known addresses the words fit: one, several, or none.</param>
/// <param name="ByPlaceOnly">Only a place was named ("Austin"), no account, order or earlier address: when part of a new
/// address was already given, such an answer is that part, not a reference.</param>
public sealed record AddressPointer(IReadOnlyList<KnownAddress> Fits, bool ByPlaceOnly);

/// <summary>
/// Reads an answer that refers to an address the store already has instead of typing it ("my New York address, the one
/// on my other order", "my default address in Chicago", "the one my tablet order was sent to", "the same address as
/// order #W8277957", "my original address, the one it was before"). Each kind of clue (a city, state, street or zip; the
/// account; orders, named by id or items, or "my other order"; an address replaced in this conversation) narrows the
/// known addresses; clues that contradict each other leave every address any of them fits, to ask which.
/// </summary>
public static partial class AddressReferences
{
    // Two-letter codes that are everyday words when written in capitals ("OK", "ME", "ID").
    private static readonly HashSet<string> WordLikeCodes = new(StringComparer.Ordinal) { "OK", "OR", "IN", "ME", "HI", "ID", "OH", "AS" };

    // Words of a street's name that say what kind of street it is, not which.
    private static readonly HashSet<string> StreetKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard", "blvd", "way", "court", "ct",
        "place", "pl", "highway", "hwy", "circle", "cir", "parkway", "pkwy", "terrace", "square", "north", "south", "east", "west",
    };

    /// <summary>Whether the answer is written as an address, starting with its house number ("12 Main St, ..."), rather
    /// than pointing at one.</summary>
    public static bool IsWrittenOut(string text) => HouseNumberFirst().IsMatch(text);

    /// <summary>The known addresses the answer points at, or null when it does not point at one (it is written out, or
    /// says nothing of an address).</summary>
    /// <param name="changingOrderId">The order whose address is being changed: "my other order" means any but this one.</param>
    public static AddressPointer? Read(string text, AddressBook book, string? changingOrderId)
    {
        if (IsWrittenOut(text))
        {
            return null;
        }
        var known = book.Known;
        var clues = new List<HashSet<int>>();
        var place = Indices(known, k => MentionsPlace(text, k.Address));
        if (place.Count > 0)
        {
            clues.Add(place);
        }
        else if (NamesAPlace(text))
        {
            // "my New York address" when none of them is in New York: none fits, whatever else the words say.
            return new AddressPointer([], ByPlaceOnly: true);
        }
        if (Account().IsMatch(text))
        {
            clues.Add(Indices(known, k => k.IsDefault));
        }
        if (OrderClue(text, book, changingOrderId) is { } orders)
        {
            clues.Add(Indices(known, k => k.OrderIds.Any(orders.Contains)));
        }
        if (Earlier().IsMatch(text) && known.Any(k => k.WasReplaced))
        {
            clues.Add(Indices(known, k => k.WasReplaced));
        }
        if (clues.Count == 0)
        {
            return Pointing().IsMatch(text) ? new AddressPointer([], ByPlaceOnly: false) : null;
        }
        var fits = clues.Skip(1).Aggregate(new HashSet<int>(clues[0]), (all, clue) => { all.IntersectWith(clue); return all; });
        if (fits.Count == 0)
        {
            fits = [.. clues.SelectMany(c => c)];
        }
        return new AddressPointer([.. fits.Order().Select(i => known[i])], ByPlaceOnly: clues.Count == 1 && place.Count > 0);
    }

    /// <summary>The orders the answer names, when it names orders at all: by id, by their items ("my tablet order"), as
    /// the order in focus ("that order"), or as "my other order" / "my orders".</summary>
    private static HashSet<string>? OrderClue(string text, AddressBook book, string? changingOrderId)
    {
        if (!OrderWords().IsMatch(text))
        {
            return null;
        }
        var ids = OrderIds().Matches(text).Select(m => OrderDescriptions.NormalizeOrderId(m.Value)).ToHashSet(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            return ids;
        }
        var named = OrderInWords.Named(text, book.Orders);
        if (named.Count > 0 && named.Count < book.Orders.Count)
        {
            return [.. named.Select(o => o.OrderId)];
        }
        if (ThatOrder().IsMatch(text) && book.FocusOrderId is { } focus && focus != changingOrderId)
        {
            return [focus];
        }
        return [.. book.Orders.Select(o => o.OrderId).Where(id => id != changingOrderId)];
    }

    /// <summary>Whether the words name where the address is: its city (or the city's nickname), state, zip code or
    /// street ("the one going to Los Angeles", "my DC address").</summary>
    public static bool MentionsPlace(string text, Address address)
    {
        var spoken = DistrictOfColumbia().Replace(text, " DC ");
        bool Says(string phrase) =>
            Regex.IsMatch(spoken, $@"(?<![\p{{L}}\d]){Regex.Escape(phrase)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (address.City.Length > 0 && (Says(address.City) || CityNicknames.ByCity.GetValueOrDefault(address.City, []).Any(Says)))
        {
            return true;
        }
        if (UsStates.Name(address.State) is { } stateName && Says(stateName))
        {
            return true;
        }
        var code = address.State.ToUpperInvariant();
        if (code.Length == 2 && !WordLikeCodes.Contains(code) && Regex.IsMatch(spoken, $@"(?<!\p{{L}}){code}(?!\p{{L}})", RegexOptions.CultureInvariant))
        {
            return true;
        }
        if (address.Zip.Length == 5 && Says(address.Zip))
        {
            return true;
        }
        return address.Address1.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && w.All(char.IsLetter) && !StreetKinds.Contains(w))
            .Any(Says);
    }

    /// <summary>Whether the words name a US state (by name, or by code in capitals) or a city by its nickname.</summary>
    private static bool NamesAPlace(string text)
    {
        var spoken = DistrictOfColumbia().Replace(text, " DC ");
        return UsStates.NamesAndCodes.Concat(CityNicknames.ByCity.Values.SelectMany(n => n)).Any(name =>
            name.Length == 2 && name.All(char.IsAsciiLetterUpper)
                ? !WordLikeCodes.Contains(name) && Regex.IsMatch(spoken, $@"(?<!\p{{L}}){name}(?!\p{{L}})", RegexOptions.CultureInvariant)
                : Regex.IsMatch(spoken, $@"(?<![\p{{L}}\d]){Regex.Escape(name)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    private static HashSet<int> Indices(IReadOnlyList<KnownAddress> known, Func<KnownAddress, bool> fits) =>
        [.. known.Select((k, i) => (k, i)).Where(p => fits(p.k)).Select(p => p.i)];

    [GeneratedRegex(@"^\s*\d+[\p{L}\d-]*\s+\p{L}")]
    private static partial Regex HouseNumberFirst();

    [GeneratedRegex(@"\b(account|default|profile|on file|user address)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Account();

    [GeneratedRegex(@"\b(orders?|purchases?|sent|shipped|went|delivered|going)\b|#\s*W?\d{5,}", RegexOptions.IgnoreCase)]
    private static partial Regex OrderWords();

    [GeneratedRegex(@"#?\b[Ww]\d{7}\b")]
    private static partial Regex OrderIds();

    [GeneratedRegex(@"\b(that|this|the same)\s+order\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatOrder();

    [GeneratedRegex(@"\b(original|previous|old|former|prior|earlier)\b(?!\s+(orders?|purchases?))|\b(before|used to|back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Earlier();

    [GeneratedRegex(@"\b(address|addresses|one|home|place|house|apartment|flat|office|same|there)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pointing();

    [GeneratedRegex(@"\bwashington,?\s*d\.?\s?c\b\.?|(?<!\p{L})d\.c\.|\bdc\b", RegexOptions.IgnoreCase)]
    private static partial Regex DistrictOfColumbia();
}
