using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Which of the items shown a message points at: by place ("the first", "number 1", "the 2nd one", "the last"), by what
/// sets it apart ("the RGB one", "the black XL one", "the kettle"), or as "it" / "this one" (the item in focus, or the
/// only one shown).
/// </summary>
public static partial class ShownItemReference
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The items pointed at, and whether the message left it open which of them it means (then all of them
    /// are the candidates to ask about). Empty when the message points at none.</summary>
    public sealed record Pointed(IReadOnlyList<ShownItem> Items, bool Open)
    {
        public static Pointed None { get; } = new([], false);

        public ShownItem? One => !Open && Items.Count == 1 ? Items[0] : null;
    }

    public static Pointed Resolve(string text, DiscoveryState state) => Resolve(text, state.Shown, state.FocusItemId);

    /// <summary>The items of <paramref name="shown"/> (in the order shown) the message points at; "it" means
    /// <paramref name="focusItemId"/> when that is among them.</summary>
    public static Pointed Resolve(string text, IReadOnlyList<ShownItem> shown, string? focusItemId)
    {
        if (shown.Count == 0)
        {
            return Pointed.None;
        }
        var placed = Places(text, shown.Count).Select(p => shown[p - 1]).Distinct().ToList();
        if (placed.Count > 0)
        {
            return new Pointed(placed, false);
        }
        var described = Described(text, shown);
        if (described.Count > 0)
        {
            return new Pointed(described, described.Count > 1);
        }
        if (!Pointer().IsMatch(text))
        {
            return Pointed.None;
        }
        return InFocus(shown, focusItemId);
    }

    /// <summary>Whether the text points back at something ("add it", "this one", "that"), not at a thing it names.</summary>
    public static bool PointsBack(string text) => Pointer().IsMatch(text);

    /// <summary>"It" with nothing named: the item in focus, else the only item shown, else any of them (open).</summary>
    public static Pointed InFocus(DiscoveryState state) => InFocus(state.Shown, state.FocusItemId);

    private static Pointed InFocus(IReadOnlyList<ShownItem> shown, string? focusItemId) =>
        shown.FirstOrDefault(i => i.ItemId == focusItemId) is { } focus ? new Pointed([focus], false)
        : shown.Count == 1 ? new Pointed([shown[0]], false)
        : shown.Count == 0 ? Pointed.None
        : new Pointed(shown, true);

    /// <summary>1-based places named in the text, in order: ordinals, "number 2", "#2", "2nd", "the last", or a bare
    /// digit within the list standing on its own ("add 2 to cart"), not a quantity or a size ("2 of them", "size 6").</summary>
    private static IEnumerable<int> Places(string text, int count)
    {
        foreach (Match match in PlacePattern().Matches(text.ToLowerInvariant()))
        {
            var word = match.Groups["word"].Value;
            var place = word == "last" ? count
                : Array.IndexOf(Ordinals, word) is >= 0 and var ordinal ? ordinal + 1
                : int.Parse(match.Groups["digit"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (place >= 1 && place <= count)
            {
                yield return place;
            }
        }
    }

    /// <summary>The shown items that have every option value and product name the text names (values of at least two
    /// letters in any case; one-letter sizes only as written, so "I'm" is not size M).</summary>
    private static List<ShownItem> Described(string text, IReadOnlyList<ShownItem> shown)
    {
        var values = shown.SelectMany(i => i.Options.Values)
            .Where(v => v.Length >= 2 ? DiscoveryText.ContainsWord(text, v) : DiscoveryText.ContainsWord(text, v, ignoreCase: false))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var products = shown.Select(i => i.ProductName).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => DiscoveryText.Mentions(text, name))
            .ToList();
        if (values.Count == 0 && (products.Count == 0 || products.Count == shown.Select(i => i.ProductName).Distinct(StringComparer.OrdinalIgnoreCase).Count()))
        {
            return [];
        }
        return [.. shown.Where(item =>
            values.All(v => item.Options.Values.Contains(v, StringComparer.OrdinalIgnoreCase))
            && (products.Count == 0 || products.Contains(item.ProductName, StringComparer.OrdinalIgnoreCase)))];
    }

    [GeneratedRegex(@"\b(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b"
        + @"|(?:\b(?:number|no\.?|option|item|card)\s*|#)(?<digit>[1-9])\b|\b(?<digit>[1-9])(?:st|nd|rd|th)\b"
        + @"|(?<![\w.$#-])(?<!size\s)(?<digit>[1-9])(?=\s*(?:$|[,.!?)]|(?:to|in|into|and|or|please|one|for)\b))")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"\b(it|this|that|these|those|one|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();
}
