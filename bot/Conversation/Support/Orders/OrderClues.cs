using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// The kinds of clue <see cref="OrderInWords"/> reads besides positions, statuses and products: how many of a product
/// ("the two tablets"), an item's options ("the 15-inch, 32GB laptop"), the city an order ships to ("the one going to
/// LA"), when it was placed among the others ("my most recent order"), its price ("the more expensive one"), "my other
/// order", several orders at once ("both of them") and "I don't know the number".
/// </summary>
internal static partial class OrderClues
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5,
    };

    // Option values that say nothing about which order is meant.
    private static readonly HashSet<string> VagueOptions = new(StringComparer.Ordinal) { "yes", "no", "none" };

    /// <summary>"my other order", "another one", "the different order".</summary>
    public static bool MeansAnother(IReadOnlySet<string> words) =>
        words.Contains("other") || words.Contains("another") || words.Contains("different");

    /// <summary>The part of a request that describes what the customer has, before what they want instead: "exchange my
    /// 15-inch laptop" of "exchange my 15-inch laptop for one with 8GB".</summary>
    public static string BeforeTheWish(string request) =>
        Wish().Match(request) is { Success: true } wish ? request[..wish.Index] : request;

    /// <summary>The cities of these orders that the text names (a request: only the one named first, so "my LA order to
    /// my NYC address" means the LA order).</summary>
    public static HashSet<string> Cities(string text, IEnumerable<Order> orders, bool firstOnly)
    {
        var nicknames = Tokens().Matches(text).Select(m => (City: CityNicknames.CityOf(m.Value)?.ToLowerInvariant(), At: m.Index)).Where(n => n.City is not null).ToList();
        var lower = text.ToLowerInvariant();
        var mentioned = orders.Select(o => o.Address.City).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(city =>
            {
                var name = city.ToLowerInvariant();
                var at = $" {lower} ".IndexOf($" {name}", StringComparison.Ordinal);
                var nickname = nicknames.FirstOrDefault(n => n.City == name);
                return (City: city, At: at >= 0 ? at : nickname.City is null ? -1 : nickname.At);
            })
            .Where(c => c.At >= 0)
            .OrderBy(c => c.At)
            .ToList();
        return [.. (firstOnly ? mentioned.Take(1) : mentioned).Select(c => c.City)];
    }

    /// <summary>"two tablets", "the 2 t-shirts": how many of which product word the text says an order holds.</summary>
    public static IEnumerable<(int Count, string Product)> Quantities(string text, IReadOnlySet<string> productWords)
    {
        var tokens = Tokens().Matches(text.ToLowerInvariant()).Select(m => WordForms.Singular(m.Value)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Numbers.TryGetValue(tokens[i], out var count)
                && tokens.Skip(i + 1).Take(3).FirstOrDefault(productWords.Contains) is { } product)
            {
                yield return (count, product);
            }
        }
    }

    /// <summary>For each order, how many of its items' option values the text names ("15-inch", "32GB"), counting only
    /// items of the products named when some are; null when the text names none of them.</summary>
    public static Dictionary<string, int>? OptionsMentioned(
        string text, IReadOnlyList<Order> orders, IReadOnlyList<string> productWords, Func<OrderItem, IEnumerable<string>> wordsOf)
    {
        var said = Normalized(text);
        int Score(Order order) => order.Items
            .Where(i => productWords.Count == 0 || wordsOf(i).Any(productWords.Contains))
            .SelectMany(i => i.Options.Values)
            .Select(v => v.ToLowerInvariant())
            .Where(v => v.Length > 1 && !VagueOptions.Contains(v))
            .Distinct(StringComparer.Ordinal)
            .Count(v => $" {said} ".Contains($" {Normalized(v)} ", StringComparison.Ordinal));
        var scores = orders.ToDictionary(o => o.OrderId, Score, StringComparer.Ordinal);
        return scores.Values.Any(s => s > 0) ? scores : null;
    }

    /// <summary>True for "the more expensive one", "the priciest"; false for "the cheaper one"; null when price is not said.</summary>
    public static bool? PriceExtreme(string text) =>
        Dearer().IsMatch(text) ? true : Cheaper().IsMatch(text) ? false : null;

    /// <summary>The order holding the dearest (or cheapest) of the items that fit.</summary>
    public static Order HoldingThePriceExtreme(IReadOnlyList<Order> orders, bool dearest, Func<OrderItem, bool> fits)
    {
        var items = orders.SelectMany(o => o.Items.Where(fits).Select(i => (Order: o, i.Price))).ToList();
        if (items.Count == 0)
        {
            return orders[0];
        }
        return (dearest ? items.MaxBy(i => i.Price) : items.MinBy(i => i.Price)).Order;
    }

    /// <summary>True for "my most recent order", "the one I just placed"; false for "my oldest order"; null otherwise.
    /// A customer's orders are listed in the order they were placed.</summary>
    public static bool? Placed(string text) =>
        Latest().IsMatch(text) ? true : Earliest().IsMatch(text) ? false : null;

    /// <summary>Several orders at once: "both of them", "all my pending orders", "each order", "everything from both my
    /// orders". <paramref name="answering"/> is true for an answer to "which order?", where "both" and "all" alone say it.</summary>
    public static bool MeansSeveral(string text, bool answering) =>
        (answering ? SeveralInAnswer() : SeveralInRequest()).IsMatch(text);

    /// <summary>"I don't remember the order number", "no idea", "I'm not sure which one".</summary>
    public static bool DoesNotKnow(string text) => NotKnown().IsMatch(text);

    /// <summary>A date or time of ordering: "around April 2023", "last month", "two weeks ago".</summary>
    public static bool NamesADate(string text) => DateWords().IsMatch(text);

    // Lower case, punctuation as spaces (hyphens kept), "32 GB" as "32gb".
    private static string Normalized(string text) =>
        UnitGap().Replace(Spaces().Replace(NotWordy().Replace(text.ToLowerInvariant(), " "), " ").Trim(), "$1$2");

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"[^\p{L}\d\-]+")]
    private static partial Regex NotWordy();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d)[ \-](gb|tb|mb|mp|ml|l|ft|in|inch|oz|lbs?|w|mah|hours?)\b")]
    private static partial Regex UnitGap();

    [GeneratedRegex(@"\b(for|instead|into|in exchange|swap(ped)? (it )?to|change (it|them) to|, ?to|to (a|an) (new |different |other )?(one|version|model))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wish();

    [GeneratedRegex(@"\b(more|most) (expensive|costly|pricey)\b|\bpricier\b|\bpriciest\b|\bdearer\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dearer();

    [GeneratedRegex(@"\b(less|least) (expensive|costly|pricey)\b|\bcheaper\b|\bcheapest\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cheaper();

    [GeneratedRegex(@"\b(most recent(ly)?|latest|newest|last order|last one i (placed|made|ordered)|(just|recently) (placed|made|ordered))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Latest();

    [GeneratedRegex(@"\b(oldest|earliest|first order i (placed|made)|order(ed)? first)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Earliest();

    [GeneratedRegex(@"\bboth\b|\ball (of )?(them|those|these)\b|\ball (of )?(my |the |these |those )?(\w+ )?(orders|ones)\b|\b(each|every) (one|order)\b|\beach of them\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralInAnswer();

    [GeneratedRegex(@"\bboth (of )?(my |the |these |those )?orders\b|\bfrom both\b|\ball (of )?(my |the )?(\w+ )?orders\b|\b(each|every) (one )?(of my )?orders?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralInRequest();

    [GeneratedRegex(@"\b(don'?t|do not|can'?t|cannot|couldn'?t|didn'?t)\s+(remember|recall|know|find|have|see|keep)\b|\bno idea\b|\bnot sure\b|\bforg[eo]t\b|\bunsure\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotKnown();

    [GeneratedRegex(@"\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|in may|(19|20)\d\d|(last|this|past) (week|month|year|summer|winter|spring|fall|autumn)|\w+ (days?|weeks?|months?|years?) ago|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWords();
}
