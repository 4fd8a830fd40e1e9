using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which order a customer means in their own words: by its place in the list shown ("the second one", "2",
/// "the last one"), by its status ("the pending one") or by what is in it ("the helmet one", "the order with the
/// kettles"). Each kind of clue given narrows the orders; several orders may fit, or none.
/// </summary>
internal static class OrderInWords
{

    private static readonly Dictionary<string, string[]> StatusWords = new(StringComparer.Ordinal)
    {
        ["pending"] = [OrderStatus.Pending, OrderStatus.PendingItemModified],
        ["modified"] = [OrderStatus.PendingItemModified],
        ["open"] = [OrderStatus.Pending, OrderStatus.PendingItemModified, OrderStatus.Processed],
        ["processed"] = [OrderStatus.Processed],
        ["processing"] = [OrderStatus.Processed],
        ["delivered"] = [OrderStatus.Delivered],
        ["arrived"] = [OrderStatus.Delivered],
        ["cancelled"] = [OrderStatus.Cancelled],
        ["canceled"] = [OrderStatus.Cancelled],
        ["returned"] = [OrderStatus.ReturnRequested],
        ["exchanged"] = [OrderStatus.ExchangeRequested],
    };

    // Words of product names that are everyday words too, so alone they would take an order from "set up", "light blue".
    private static readonly HashSet<string> NotProductWords = new(StringComparer.Ordinal) { "set", "led", "light", "running" };

    // Words that join the clues in an answer ("the one that has the kettle"); they name no order themselves.
    private static readonly string[] Connectives = ["has", "have", "had", "contain", "containing", "bought", "ordered", "got", "which", "that", "in", "was", "where"];

    /// <summary>The offered orders (in the order shown) that an answer to "which order?" picks.</summary>
    public static IReadOnlyList<Order> Picked(string answer, IReadOnlyList<Order> offered) =>
        Match(answer, offered, fromRequest: false);

    /// <summary>The orders the words of the request itself name ("I'd like to return my cycling helmet"). Positions mean
    /// nothing before a list was shown, and a clue that fits none of these orders (the request was said without seeing
    /// them) is passed over rather than ruling them all out.</summary>
    public static IReadOnlyList<Order> Named(string request, IReadOnlyList<Order> orders) =>
        Match(request, orders, fromRequest: true);

    /// <summary>Every word that may make up an answer picking one of these orders, for the router (see
    /// <see cref="FlowTurn.AcceptChoiceWords"/>): their product words, the status words that fit them, ordinals and connectives.</summary>
    public static IEnumerable<string> AnswerWords(IEnumerable<Order> orders)
    {
        var list = orders.ToList();
        return list.SelectMany(ProductWords)
            .Concat(StatusWords.Where(s => list.Any(o => s.Value.Contains(o.Status))).Select(s => s.Key))
            .Concat(ListPositions.Words).Concat(Connectives)
            .Distinct(StringComparer.Ordinal);
    }

    private static List<Order> Match(string text, IReadOnlyList<Order> orders, bool fromRequest)
    {
        var words = WordForms.Words(text).ToHashSet(StringComparer.Ordinal);
        var fits = orders.ToList();
        var named = false;
        if (!fromRequest && ListPositions.Read(text, orders.Count) is { Count: > 0 } positions)
        {
            fits = [.. positions.Select(i => orders[i]).Where(fits.Contains)];
            named = true;
        }
        var statuses = words.Where(StatusWords.ContainsKey).SelectMany(w => StatusWords[w]).ToHashSet(StringComparer.Ordinal);
        if (statuses.Count > 0 && (!fromRequest || fits.Any(o => statuses.Contains(o.Status))))
        {
            fits = [.. fits.Where(o => statuses.Contains(o.Status))];
            named = true;
        }
        var productWords = words.Where(w => orders.Any(o => ProductWords(o).Contains(w))).ToList();
        if (productWords.Count > 0)
        {
            int Score(Order order) => productWords.Count(ProductWords(order).Contains);
            var best = fits.Select(Score).DefaultIfEmpty(0).Max();
            if (best > 0 || !fromRequest)
            {
                fits = [.. fits.Where(o => best > 0 && Score(o) == best)];
                named = true;
            }
        }
        return named ? fits : [];
    }

    private static HashSet<string> ProductWords(Order order) =>
        order.Items.SelectMany(i => WordForms.Words(i.Name)).Where(w => w.Length >= 3 && !NotProductWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
