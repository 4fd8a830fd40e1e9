using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which of an order's items a customer's words mean ("I want to return the electric toothbrush from order
/// #W5544629", "the boots", "the keyboard and the bed", "everything except the coffee machine"), so a flow need not ask
/// "which items?" again. Each phrase names one product as <see cref="ProductInWords"/> reads it; a product the order
/// holds more than once is told apart by <see cref="SameProductItems"/>. Words that fit items they cannot tell apart
/// choose nothing: those items are then the ones to ask between (<see cref="ItemsChoice.Unclear"/>).
/// </summary>
internal static partial class ItemsInWords
{
    /// <summary>
    /// The items the words choose: item ids or products ("the bookshelf and the toothbrush"), everything ("all of them",
    /// "both", "everything"), everything but what follows "except", "but", "apart from", "other than" or "not"
    /// ("everything except the bookshelf"), or the items by what they are for ("everything that isn't for gaming", see
    /// <see cref="ItemPurpose"/>).
    /// </summary>
    /// <param name="fromRequest">The words are the request that started the flow, not an answer to the question: they
    /// are read a little more strictly (see <see cref="ProductInWords.Naming"/> and <see cref="SameProductItems.Meant"/>).</param>
    /// <param name="askedAbout">The items the last question listed as unclear: an answer that names no product picks
    /// among them by options, price or place ("the black one", "the cheaper one", "the second").</param>
    public static ItemsChoice Read(string text, Order order, bool fromRequest = false, IReadOnlyList<string>? askedAbout = null)
    {
        var choice = ReadWords(text, order, fromRequest);
        var among = order.Items.Where(i => askedAbout?.Contains(i.ItemId) == true).ToList();
        if (!choice.IsEmpty || choice.NothingLeft || among.Count < 2 || among.Any(i => i.Name != among[0].Name))
        {
            return choice;
        }
        var meant = ListPositions.Read(text, among.Count) is [var place] ? [among[place]] : SameProductItems.Meant(among, text, strict: false);
        return meant.Count > 0 ? new ItemsChoice(meant, []) : new ItemsChoice([], among);
    }

    private static ItemsChoice ReadWords(string text, Order order, bool fromRequest)
    {
        if (ItemPurpose.Read(text) is { } use)
        {
            // "everything that's for gaming", "everything that isn't for gaming": the items by what they are for.
            var serving = ItemPurpose.Choose(use, order.Items);
            return new ItemsChoice(serving, []) { NothingLeft = use.Excluded && serving.Count == 0 };
        }
        var exclusion = Exclusion().Match(text);
        var before = exclusion.Success ? text[..exclusion.Index] : text;
        var included = Mentioned(before, order, fromRequest);
        var everything = included.IsEmpty && Everything().IsMatch(before);
        if (!exclusion.Success)
        {
            return everything ? new ItemsChoice(order.Items, []) : included;
        }
        var excluded = Mentioned(text[exclusion.Index..], order, fromRequest);
        if (excluded.Unclear.Count > 0)
        {
            return new ItemsChoice([], excluded.Unclear);
        }
        if (excluded.Items.Count == 0)
        {
            // "everything except the boots" of an order without boots: all of it (the boots are in another order).
            if (everything && ExceptWord().IsMatch(exclusion.Value))
            {
                return new ItemsChoice(order.Items, []);
            }
            // "the watch, but nothing else", "the speaker that's dearer but not water resistant": no item is excluded.
            return everything ? ItemsChoice.None : Mentioned(text, order, fromRequest);
        }
        // "everything except the bookshelf", "not the lamp": the rest; "the kettle but not the mug": the kettle.
        var from = everything || exclusion.Index == 0 ? order.Items : included.Items;
        var rest = from.Where(i => !excluded.Items.Contains(i)).ToList();
        return new ItemsChoice(rest, included.Unclear) { NothingLeft = rest.Count == 0 && included.Unclear.Count == 0 && from.Count > 0 };
    }

    /// <summary>The items <see cref="Read"/> chooses, or none when some are unclear.</summary>
    public static IReadOnlyList<OrderItem> Chosen(string text, Order order, bool fromRequest = false) =>
        Read(text, order, fromRequest) is { Unclear.Count: 0 } choice ? choice.Items : [];

    /// <summary>The order's items a request names, each one clearly; empty when it names none, or one unclearly.</summary>
    public static IReadOnlyList<OrderItem> Named(string request, Order order) => Chosen(request, order, fromRequest: true);

    /// <summary>Items named by id, or else by product, phrase by phrase ("the keyboard", "the bed").</summary>
    private static ItemsChoice Mentioned(string text, Order order, bool fromRequest)
    {
        var items = order.Items.Where(i => text.Contains(i.ItemId, StringComparison.Ordinal)).ToList();
        if (items.Count > 0)
        {
            // Ids say exactly which items (a pressed button's words, which also list the item's options).
            return new ItemsChoice(items, []);
        }
        var unclear = new List<OrderItem>();
        var phrases = Phrases().Split(text).Where(p => p.Trim().Length > 0).ToList();
        var products = order.Items.Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        for (var p = 0; p < phrases.Count; p++)
        {
            var named = NamedProducts(ProductInWords.Phrase(phrases[p]), products, fromRequest);
            // A phrase that names no product describes the one before it ("the laptop, the 15-inch one with 32GB").
            var described = string.Join(" ", phrases.Skip(p).TakeWhile((phrase, i) => i == 0 || NamedProducts(ProductInWords.Phrase(phrase), products, fromRequest).All.Count == 0));
            foreach (var name in named.Clear)
            {
                var ofProduct = order.Items.Where(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
                var meant = ofProduct.Count == 1 ? ofProduct : SameProductItems.Meant(ofProduct, fromRequest ? text : described, fromRequest);
                (meant.Count > 0 ? items : unclear).AddRange(meant.Count > 0 ? meant : ofProduct);
            }
            unclear.AddRange(order.Items.Where(i => named.Unclear.Contains(i.Name, StringComparer.OrdinalIgnoreCase) && !items.Contains(i)));
        }
        return new ItemsChoice([.. items.Distinct()], [.. unclear.Distinct()]);
    }

    /// <summary>The products one phrase names at the strongest reading it has (see <see cref="ProductInWords"/>): clear
    /// ones, and those a word fits along with another product.</summary>
    private static (List<string> Clear, List<string> Unclear, List<string> All) NamedProducts(List<string> phrase, List<string> products, bool strict)
    {
        var readings = products.Select(name => (Name: name, Reading: ProductInWords.Naming(phrase, name, strict)))
            .Where(r => r.Reading.Strength != ProductInWords.Strength.None).ToList();
        if (readings.Count == 0)
        {
            return ([], [], []);
        }
        var strongest = readings.Max(r => r.Reading.Strength);
        var best = readings.Where(r => r.Reading.Strength == strongest).ToList();
        // "Insulated Water Bottle" also holds every word of "Water Bottle": the longer name is the one meant.
        best.RemoveAll(r => best.Any(o => r.Reading.Words.IsProperSubsetOf(o.Reading.Words)));
        var shared = best.Where(r => strongest != ProductInWords.Strength.Whole && best.Any(o => o.Name != r.Name && o.Reading.Words.Overlaps(r.Reading.Words))).ToList();
        var clear = best.Except(shared).Select(r => r.Name).ToList();
        var unclear = shared.Select(r => r.Name).ToList();
        return (clear, unclear, [.. clear, .. unclear]);
    }

    // "all of them", "all items", but not "all the bookshelves" (every bookshelf, not every item).
    [GeneratedRegex(@"\b(all(?!\s+(?:of\s+)?(?:the\s+|my\s+|these\s+|those\s+)?(?!(?:items|things|stuff|products|orders|ones|them|it)\b)[a-z\-]+(?:es|s)\b)( of them| of it| the items| items| my items| of my items)?|everything|every item|both( of them)?|the whole order|the entire order|all items)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everything();

    [GeneratedRegex(@"\b(except( for)?|but( not)?|apart from|other than|besides|not the|without)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusion();

    [GeneratedRegex(@"^(except|apart from|other than|besides|without)", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptWord();

    // Where one item's phrase ends and the next begins: "the keyboard, the bed and the lamp. Also the mat".
    [GeneratedRegex(@"\s*(?:[,;&+]|[.!?](?:\s|$)|\band\b|\bplus\b|\bas well as\b|\balso\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Phrases();
}

/// <summary>What a customer's words chose among an order's items (see <see cref="ItemsInWords.Read"/>): the items, and
/// the items the words fit but did not tell apart (two Bluetooth Speakers, or "the kettle" for an Electric Kettle and a
/// Tea Kettle), to ask between.</summary>
internal sealed record ItemsChoice(IReadOnlyList<OrderItem> Items, IReadOnlyList<OrderItem> Unclear)
{
    public static ItemsChoice None { get; } = new([], []);

    public bool IsEmpty => Items.Count == 0 && Unclear.Count == 0;

    /// <summary>The words excluded every item they started from ("everything except the boots" of an order of boots).</summary>
    public bool NothingLeft { get; init; }
}
