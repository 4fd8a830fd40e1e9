using System.Text;
using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>How items read as cards and tables: price and availability always, options as lines, and buttons that
/// send back "details &lt;item id&gt;" and "add &lt;item id&gt; to cart".</summary>
public static class ProductCards
{
    public static string Availability(bool available) => available ? "in stock" : "out of stock";

    public static ReplyCard Card(ShownItem item, int position) => new(
        $"{position}. {item.ProductName}",
        $"{CartText.Money(item.Price)} · {Availability(item.Available)}",
        [.. item.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"), $"item {item.ItemId}"],
        Buttons(item, details: true));

    public static ReplyCard DetailsCard(ShownItem item) => new(
        item.ProductName,
        $"{CartText.Money(item.Price)} · {Availability(item.Available)}",
        [.. item.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"), $"item {item.ItemId}"],
        Buttons(item, details: false));

    /// <summary>A side-by-side table (Markdown, which web chat renders; readable as text elsewhere).</summary>
    public static string ComparisonTable(IReadOnlyList<ShownItem> items)
    {
        var optionNames = items.SelectMany(i => i.Options.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal).ToList();
        var table = new StringBuilder();
        Row(table, "", items.Select(i => i.ProductName));
        Row(table, "---", items.Select(_ => "---"));
        Row(table, "price", items.Select(i => CartText.Money(i.Price)));
        Row(table, "availability", items.Select(i => Availability(i.Available)));
        foreach (var name in optionNames)
        {
            Row(table, name, items.Select(i => i.Options.TryGetValue(name, out var v) ? v : "—"));
        }
        Row(table, "item", items.Select(i => i.ItemId));
        return table.ToString().TrimEnd();
    }

    private static void Row(StringBuilder table, string label, IEnumerable<string> cells) =>
        table.Append("| ").Append(label).Append(" | ").Append(string.Join(" | ", cells)).AppendLine(" |");

    private static IReadOnlyList<CardButton> Buttons(ShownItem item, bool details)
    {
        var buttons = new List<CardButton>();
        if (details)
        {
            buttons.Add(new CardButton("Details", DiscoveryMessages.Details(item.ItemId)));
        }
        // Out-of-stock items keep their card (availability is part of the answer) but offer no way to add them.
        if (item.Available)
        {
            buttons.Add(new CardButton("Add to cart", CartMessages.Add(item.ItemId)));
        }
        return buttons;
    }
}
