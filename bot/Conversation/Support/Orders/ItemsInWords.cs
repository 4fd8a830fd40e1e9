using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which of an order's items a request names ("I want to return the electric toothbrush from order #W5544629"),
/// so a flow need not ask "which items?" again. Only a product's whole name counts (every word of it, in any order,
/// singular or plural alike, as <see cref="WordForms"/> compares them), and only when it means one item of the order:
/// a product the order holds twice (in two colours, say) leaves the question to the customer.
/// </summary>
internal static class ItemsInWords
{
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
