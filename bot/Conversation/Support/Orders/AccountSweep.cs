using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// A request about the whole account rather than one order: "cancel or return everything that isn't for gaming", "return
/// all the orders I can, except the boots", "all the bookshelves and jigsaw puzzles I received, from different orders",
/// or products named that lie in different orders ("the two skateboards, the smart watch and the e-reader"). Every order
/// the flow can act on that holds items the words choose (<see cref="ItemsInWords"/>) is taken, one after another; none
/// is left out because another fitted first.
/// </summary>
internal static partial class AccountSweep
{
    /// <summary>Whether the request sweeps the account, and the orders among <paramref name="qualifying"/> it takes, in
    /// the account's order; null when the request is about one order.</summary>
    public static IReadOnlyList<Order>? Orders(string request, IReadOnlyList<Order> qualifying)
    {
        if (OrderDescriptions.NamesAnOrder(request))
        {
            return null;
        }
        var chosen = qualifying.Select(o => (Order: o, Choice: ItemsInWords.Read(request, o, fromRequest: true))).ToList();
        var holding = chosen.Where(c => c.Choice.Items.Count > 0 || c.Choice.Unclear.Count > 0).Select(c => c.Order).ToList();
        if (Sweeps(request))
        {
            return holding;
        }
        // Products named that lie in different orders, each in one order only: every such order, each for its own.
        var named = chosen.Where(c => c.Choice.Items.Count > 0 && c.Choice.Unclear.Count == 0).ToList();
        if (named.Count < 2 || named.Count != holding.Count || !Lists().IsMatch(request) || Everything().IsMatch(request))
        {
            return null;
        }
        var products = named.SelectMany(c => c.Choice.Items.Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase)).ToList();
        return products.Count == products.Distinct(StringComparer.OrdinalIgnoreCase).Count() ? [.. named.Select(c => c.Order)] : null;
    }

    /// <summary>The words reach past one order: a use ("everything for gaming"), "all the orders I can", "every order",
    /// "everything except the boots" with no one order named, "all the bookshelves", "from different orders".</summary>
    public static bool Sweeps(string request)
    {
        var text = request.ToLowerInvariant().Replace('’', '\'');
        if (ItemPurpose.Read(text) is not null || Across().IsMatch(text))
        {
            return true;
        }
        return !OneOrder().IsMatch(text) && (AllOf().IsMatch(text) || EverythingExcept().IsMatch(text));
    }

    /// <summary>The request asks to cancel and to return ("cancel or return everything I can"): pending orders are
    /// cancelled, delivered ones returned.</summary>
    public static bool CancelsAndReturns(string request) => Cancel().IsMatch(request) && Return().IsMatch(request);

    [GeneratedRegex(@"\bcancel", RegexOptions.IgnoreCase)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"\b(?:return|send (?:\S+ ){0,4}back|refund)", RegexOptions.IgnoreCase)]
    private static partial Regex Return();

    [GeneratedRegex(@"\ball (?:of )?(?:my |the )?(?:\w+ )?orders\b|\bevery (?:single )?order\b|\b(?:all|everything) (?:that |which |what )?(?:i|we) (?:can|could)\b|\ball (?:that's |that is )?possible\b|\b(?:from|in|across) (?:different|several|multiple|separate|various|two|both|my|all my) orders\b|\bother orders\b")]
    private static partial Regex Across();

    [GeneratedRegex(@"\b(?:my|the|this|that|one|an|same) order\b|\border #")]
    private static partial Regex OneOrder();

    // "all the bookshelves", "all my jigsaw puzzles": every one of a product, wherever it is.
    [GeneratedRegex(@"\ball (?:of )?(?:the |my )?(?!(?:items|things|stuff|products|ones|them|of)\b)[a-z\-]+(?:es|s)\b")]
    private static partial Regex AllOf();

    [GeneratedRegex(@"\b(?:everything|all)\b.*\b(?:except|apart from|other than|besides|but not|but the|but my)\b")]
    private static partial Regex EverythingExcept();

    [GeneratedRegex(@"\b(?:everything|all|both|whole|entire)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everything();

    [GeneratedRegex(@",|\band\b|\bplus\b|\bas well as\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lists();
}
