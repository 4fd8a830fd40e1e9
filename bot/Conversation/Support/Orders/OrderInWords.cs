using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which order a customer means in their own words: by its place in the list shown ("the second one", "2",
/// "the last one"), by its status ("the pending one"), by what is in it ("the helmet one", "the order with the two
/// tablets", "the one with the 15-inch, 32GB laptop"), by where it was sent ("the one going to Los Angeles"), by when
/// it was placed among the others ("my most recent order"), by price ("the more expensive tablet") or as "my other
/// order" (not the one in focus). Each kind of clue given narrows the orders; several orders may fit, or none.
/// </summary>
internal static partial class OrderInWords
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

    // Words that join the clues in an answer ("the one that has the kettle", "the one I sent to Chicago", "both of
    // them", "I don't remember the number"); they name no order themselves.
    private static readonly string[] Connectives =
    [
        "has", "have", "had", "contain", "containing", "bought", "ordered", "got", "which", "that", "in", "was", "where",
        "to", "sent", "send", "going", "shipped", "ship", "most", "recent", "recently", "latest", "newest", "placed", "just",
        "both", "them", "all", "other", "another", "two", "three", "four", "don't", "dont", "remember", "know", "recall",
        "forgot", "sure", "not", "idea", "more", "less", "expensive", "cheaper", "pricier",
    ];

    /// <summary>The offered orders (in the order shown) that an answer to "which order?" picks.</summary>
    /// <param name="inFocus">The order the conversation is about, which "my other order" is not.</param>
    public static IReadOnlyList<Order> Picked(string answer, IReadOnlyList<Order> offered, string? inFocus = null) =>
        Match(answer, offered, fromRequest: false, inFocus);

    /// <summary>The orders the words of the request itself name ("I'd like to return my cycling helmet"). Positions mean
    /// nothing before a list was shown, and a clue that fits none of these orders (the request was said without seeing
    /// them) is passed over rather than ruling them all out.</summary>
    public static IReadOnlyList<Order> Named(string request, IReadOnlyList<Order> orders, string? inFocus = null) =>
        Match(request, orders, fromRequest: true, inFocus);

    /// <summary>As <see cref="Named"/>, by what the orders hold, where they went and when, not by the status the request
    /// says ("my refund hasn't arrived" names no delivered order).</summary>
    public static IReadOnlyList<Order> NamedByContent(string request, IReadOnlyList<Order> orders, string? inFocus = null) =>
        Match(request, orders, fromRequest: true, inFocus, byStatus: false);

    /// <summary>Every word that may make up an answer picking one of these orders, for the router (see
    /// <see cref="FlowTurn.AcceptChoiceWords"/>): their product words, the status words that fit them, ordinals and connectives.</summary>
    public static IEnumerable<string> AnswerWords(IEnumerable<Order> orders)
    {
        var list = orders.ToList();
        return list.SelectMany(CustomerWords)
            .Concat(list.SelectMany(o => o.Items.SelectMany(i => WordForms.Words(i.Name))))
            .Concat(StatusWords.Where(s => list.Any(o => s.Value.Contains(o.Status))).Select(s => s.Key))
            .Concat(list.SelectMany(o => WordForms.Words(o.Address.City)))
            .Concat(list.SelectMany(o => o.Items.SelectMany(i => i.Options.Values.SelectMany(WordForms.Words))))
            .Concat(ListPositions.Words).Concat(Connectives)
            .Distinct(StringComparer.Ordinal);
    }

    private static List<Order> Match(string text, IReadOnlyList<Order> orders, bool fromRequest, string? inFocus, bool byStatus = true)
    {
        var words = WordForms.Words(text).ToHashSet(StringComparer.Ordinal);
        var fits = orders.ToList();
        var named = false;
        // A request's clue that fits none of the orders is passed over; an answer's rules them all out.
        void Narrow(IEnumerable<Order> kept)
        {
            var list = kept.ToList();
            if (list.Count > 0 || !fromRequest)
            {
                fits = list;
                named = true;
            }
        }
        if (!fromRequest && ListPositions.Read(text, orders.Count) is { Count: > 0 } positions)
        {
            Narrow(positions.Select(i => orders[i]).Where(fits.Contains));
        }
        var another = OrderClues.MeansAnother(WordForms.Words(PaymentMethodNames.WithoutOtherCard(text)).ToHashSet(StringComparer.Ordinal));
        if (inFocus is not null && another && fits.Any(o => o.OrderId == inFocus))
        {
            Narrow(fits.Where(o => o.OrderId != inFocus));
        }
        var before = fromRequest ? OrderClues.BeforeTheWish(text) : text;
        // A status said in the wish is another order's ("exchange the hose I received for the type in my pending order").
        var statuses = WordForms.Words(before).Where(StatusWords.ContainsKey).SelectMany(w => StatusWords[w]).ToHashSet(StringComparer.Ordinal);
        if (statuses.Count > 0 && byStatus)
        {
            Narrow(fits.Where(o => statuses.Contains(o.Status)));
        }
        if (OrderClues.Cities(before, orders, firstOnly: fromRequest) is { Count: > 0 } cities)
        {
            Narrow(fits.Where(o => cities.Contains(o.Address.City)));
        }
        foreach (var (count, product) in OrderClues.Quantities(text, orders.SelectMany(ProductWords).ToHashSet(StringComparer.Ordinal)))
        {
            Narrow(fits.Where(o => o.Items.Count(i => ProductWords(i).Contains(product)) == count));
        }
        var productWords = words.Where(w => orders.Any(o => ProductWords(o).Contains(w))).ToList();
        // No word of a product's own name: a word customers use for it ("my watch" for a Wristwatch) names it instead.
        Func<Order, HashSet<string>> wordsOf = productWords.Count > 0 ? ProductWords : CustomerWords;
        if (productWords.Count == 0)
        {
            productWords = [.. words.Where(w => orders.Any(o => CustomerWords(o).Contains(w)))];
        }
        if (productWords.Count > 0)
        {
            int Score(Order order) => productWords.Count(wordsOf(order).Contains);
            var best = fits.Select(Score).DefaultIfEmpty(0).Max();
            if (best > 0 || !fromRequest)
            {
                fits = [.. fits.Where(o => best > 0 && Score(o) == best)];
                named = true;
            }
        }
        // Options tell apart orders of the same products ("the 15-inch, 32GB laptop"); in a request only those of a
        // product it names ("brown" may be a name), said before what the customer wants instead ("for one with 8GB").
        if (fits.Count > 1 && (productWords.Count > 0 || !fromRequest) && OrderClues.OptionsMentioned(before, fits, productWords, ProductWords) is { } scores && scores.Values.Max() > 0)
        {
            Narrow(fits.Where(o => scores[o.OrderId] == scores.Values.Max()));
        }
        if (fits.Count > 1 && byStatus && Received().IsMatch(before))
        {
            // "the garden hose I received" of two orders with a garden hose: the delivered one ("I haven't received it"
            // is no such clue).
            Narrow(fits.Where(o => o.Status == OrderStatus.Delivered));
        }
        if (fits.Count > 1 && OrderClues.PriceExtreme(before) is { } dearest && productWords.Count > 0)
        {
            Narrow([OrderClues.HoldingThePriceExtreme(fits, dearest, i => productWords.Any(ProductWords(i).Contains))]);
        }
        if (fits.Count > 1 && OrderClues.Placed(text) is { } latest)
        {
            Narrow([latest ? fits[^1] : fits[0]]);
        }
        // A request naming a product of the order the conversation is about means that order ("please only change the
        // backpack" just after its change was read back), when nothing else told the orders apart and it says no other.
        if (fromRequest && fits.Count > 1 && productWords.Count > 0 && inFocus is not null && !another
            && fits.FirstOrDefault(o => o.OrderId == inFocus) is { } focused)
        {
            fits = [focused];
        }
        return named ? fits : [];
    }

    private static HashSet<string> ProductWords(Order order) =>
        order.Items.SelectMany(ProductWords).ToHashSet(StringComparer.Ordinal);

    /// <summary>The order's product words and the one-word names customers use for its products.</summary>
    private static HashSet<string> CustomerWords(Order order) =>
        [.. ProductWords(order), .. order.Items.SelectMany(i => ProductInWords.OtherOneWordNames(i.Name))];

    private static IEnumerable<string> ProductWords(OrderItem item) =>
        WordForms.Words(item.Name).Where(w => w.Length >= 3 && !NotProductWords.Contains(w));

    [GeneratedRegex(@"\b(?:i|we|i've|we've|i have|we have) (?:just |already |recently |finally )?(?:received|got delivered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Received();
}
