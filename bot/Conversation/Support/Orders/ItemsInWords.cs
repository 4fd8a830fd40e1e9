using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which of an order's items a request names ("I want to return the electric toothbrush from order #W5544629"),
/// so a flow need not ask "which items?" again. Only a product's whole name counts (every word of it, in any order,
/// singular or plural alike, as <see cref="WordForms"/> compares them), and only when it means one item of the order:
/// a product the order holds twice (in two colours, say) leaves the question to the customer.
/// </summary>
internal static partial class ItemsInWords
{
    /// <summary>
    /// The items an answer to "which items?" chooses: item ids or product names ("the bookshelf and the toothbrush"),
    /// everything ("all of them", "both", "everything"), or everything but what follows "except", "but", "apart from",
    /// "other than" or "not" ("everything except the bookshelf"). Empty when it chooses none.
    /// </summary>
    /// <param name="fromRequest">The words are the request that started the flow, not an answer to the question: a
    /// product the order holds twice is then left to the question (see <see cref="Named"/>).</param>
    public static IReadOnlyList<OrderItem> Chosen(string answer, Order order, bool fromRequest = false)
    {
        var exclusion = Exclusion().Match(answer);
        var everything = Everything().IsMatch(exclusion.Success ? answer[..exclusion.Index] : answer);
        if (!exclusion.Success)
        {
            return everything ? order.Items : Mentioned(answer, order, fromRequest);
        }
        var excluded = Mentioned(answer[exclusion.Index..], order, fromRequest);
        if (excluded.Count == 0)
        {
            return [];
        }
        // "everything except the bookshelf", "all but the lamp", "not the lamp": the rest; "the kettle but not the mug": the kettle.
        var from = everything || exclusion.Index == 0 ? order.Items : Mentioned(answer[..exclusion.Index], order, fromRequest);
        return [.. from.Where(i => !excluded.Contains(i))];
    }

    /// <summary>Items named by id, by their whole product name, or by every word of it (<see cref="Named"/>).</summary>
    private static List<OrderItem> Mentioned(string text, Order order, bool fromRequest)
    {
        var byName = order.Items.Where(i => text.Contains(i.ItemId, StringComparison.Ordinal) || text.Contains(i.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (fromRequest)
        {
            byName.RemoveAll(i => !text.Contains(i.ItemId, StringComparison.Ordinal) && order.Items.Count(other => other.Name == i.Name) > 1);
        }
        return byName.Count > 0 ? byName : [.. Named(text, order)];
    }

    [GeneratedRegex(@"\b(all( of them| the items| items| my items)?|everything|every item|both( of them)?|the whole order|all items)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everything();

    [GeneratedRegex(@"\b(except( for)?|but( not)?|apart from|other than|besides|not the|without)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusion();

    /// <summary>The order's items the request names, each one unambiguous; empty when it names none, or one ambiguously.</summary>
    public static IReadOnlyList<OrderItem> Named(string request, Order order)
    {
        var words = WordForms.Words(request).ToHashSet(StringComparer.Ordinal);
        var named = order.Items
            .GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Select(product => (Items: product.ToList(), Words: NameWords(product.Key)))
            .Where(product => product.Words.Count > 0 && product.Words.IsSubsetOf(words))
            .ToList();
        // "Insulated Water Bottle" also holds every word of "Water Bottle": the longer name is the one meant.
        named.RemoveAll(product => named.Any(other => product.Words.IsProperSubsetOf(other.Words)));
        return named.Any(product => product.Items.Count > 1) ? [] : [.. named.Select(product => product.Items[0])];
    }

    // One-letter words ("T" of "T-Shirt") are left out: customers write "tshirt" and "t shirt" alike.
    private static HashSet<string> NameWords(string name) =>
        WordForms.Words(name).Where(w => w.Length >= 2).ToHashSet(StringComparer.Ordinal);
}
