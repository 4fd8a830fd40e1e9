using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Which of an order's items of one product (two Bluetooth Speakers, three T-Shirts) a customer means: all of them
/// ("both skateboards", "all my t-shirts", "the tablets"), or the one their options or price tell apart ("the 17-inch
/// laptop", "the more expensive speaker that isn't water resistant", "the small t-shirt").
/// </summary>
internal static partial class SameProductItems
{
    /// <summary>Customers' words for sizes the store writes as letters.</summary>
    private static readonly Dictionary<string, string> SizeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xs"] = @"extra[\s-]*small|x[\s-]*small",
        ["s"] = @"(?<!extra[\s-]*|x[\s-]*)small",
        ["m"] = "medium",
        ["l"] = @"(?<!extra[\s-]*|x[\s-]*)large",
        ["xl"] = @"(?<!extra[\s-]*)(?:extra[\s-]*large|x[\s-]*large)",
        ["xxl"] = @"double[\s-]*extra[\s-]*large|xx[\s-]*large|2xl",
    };

    /// <summary>The items meant among <paramref name="items"/> (all of one product), or empty when the words do not tell.</summary>
    /// <param name="strict">The words are the request that started the flow, which also names the options wanted
    /// instead: only "all" or "both" count then, options and prices are left to the question.</param>
    public static IReadOnlyList<OrderItem> Meant(IReadOnlyList<OrderItem> items, string text, bool strict)
    {
        var selects = Cheaper().IsMatch(text) || Dearer().IsMatch(text) || OnlyOne().IsMatch(text);
        var all = EveryOne().IsMatch(text) || (!strict && Plural(text, items[0].Name));
        if (strict)
        {
            return all && !selects ? items : [];
        }
        var fitting = ByOptions(items, text);
        if (Dearer().IsMatch(text))
        {
            fitting = [.. fitting.Where(i => i.Price == fitting.Max(f => f.Price))];
        }
        else if (Cheaper().IsMatch(text))
        {
            fitting = [.. fitting.Where(i => i.Price == fitting.Min(f => f.Price))];
        }
        return fitting.Count == 1 || (all && fitting.Count > 1 && !selects) ? fitting : [];
    }

    /// <summary>The items whose options the text names most ("the 17-inch laptop"; "not water resistant" is the value
    /// "no" of "water resistance"); all of them when it names none that tells them apart.</summary>
    private static List<OrderItem> ByOptions(IReadOnlyList<OrderItem> items, string text)
    {
        var scores = items.Select(item => item.Options.Sum(o => Fits(o.Key, o.Value, text))).ToList();
        var best = scores.Max();
        return best == scores.Min() ? [.. items] : [.. items.Where((_, i) => scores[i] == best)];
    }

    /// <summary>+1 when the text says the item has this option value, -1 when it says it has not, else 0.</summary>
    private static int Fits(string key, string value, string text)
    {
        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            var stem = WordForms.Words(key).FirstOrDefault() is { Length: >= 4 } first ? first[..Math.Min(5, first.Length)] : null;
            if (stem is null || Regex.Match(text, $@"\b(?<neg>(?:not|isn't|is not|no|non|without|aren't|doesn't|don't)[\s-]+(?:\w+\s+)?)?{Regex.Escape(stem)}", RegexOptions.IgnoreCase) is not { Success: true } said)
            {
                return 0;
            }
            var has = !said.Groups["neg"].Success;
            return has == value.Equals("yes", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        }
        var pattern = SizeWords.TryGetValue(value, out var words) && key.Contains("size", StringComparison.OrdinalIgnoreCase)
            ? $@"(?:size\s+{Regex.Escape(value)}|{words})"
            : string.Join(@"[\s-]*", ValueChunks().Matches(value).Select(m => Regex.Escape(m.Value)));
        if (pattern.Length == 0 || Regex.Match(text, $@"(?<![\p{{L}}\d-])(?<neg>(?:not|isn't|non|without|aren't)[\s-]+)?{pattern}(?![\p{{L}}\d])", RegexOptions.IgnoreCase) is not { Success: true } named)
        {
            return 0;
        }
        return named.Groups["neg"].Success ? -1 : 1;
    }

    /// <summary>The product's head noun in the plural, where the name itself is singular ("the skateboards").</summary>
    private static bool Plural(string text, string name)
    {
        var head = Regex.Match(name, @"\p{L}+$").Value.ToLowerInvariant();
        return head.Length > 0 && WordForms.Singular(head) == head
            && Regex.IsMatch(text, $@"\b{Regex.Escape(head)}(?:s|es)\b", RegexOptions.IgnoreCase);
    }

    // Letter runs and digit runs: "17-inch" -> 17, inch; "32GB" -> 32, GB (matched as "32GB", "32 GB" or "32-gb").
    [GeneratedRegex(@"\p{L}+|\d+(?:\.\d+)?")]
    private static partial Regex ValueChunks();

    [GeneratedRegex(@"\b(all|both|every|each|two|three|four|five)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EveryOne();

    [GeneratedRegex(@"\b(cheap(er|est)?|less expensive|least expensive|lower[- ]priced|inexpensive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cheaper();

    [GeneratedRegex(@"\b(more expensive|most expensive|(?<!less |least |in)expensive|pricier|priciest|dearer|higher[- ]priced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dearer();

    [GeneratedRegex(@"\b(only one|one of (them|the)|just one|the other one)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyOne();
}
