using System.Text;
using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>How items read as cards and tables: a title that tells items of one product apart, price and availability
/// always, options as lines, and Details / Add to cart buttons (see <see cref="ProductButtons"/>).</summary>
public static class ProductCards
{
    public static string Availability(bool available) => available ? "in stock" : "out of stock";

    /// <summary>Cards for items shown together, numbered by <paramref name="positions"/> (1, 2, 3 ... when not given).</summary>
    public static List<ReplyCard> Cards(IReadOnlyList<ShownItem> items, IReadOnlyList<int>? positions = null)
    {
        var titles = Titles(items);
        return [.. items.Select((item, i) => new ReplyCard(
            $"{(positions is null ? i + 1 : positions[i])}. {titles[i]}", Subtitle(item), OptionLines(item), Buttons(item, details: true)))];
    }

    public static ReplyCard DetailsCard(ShownItem item) =>
        new(item.ProductName, Subtitle(item), OptionLines(item), Buttons(item, details: false));

    /// <summary>A side-by-side table (Markdown, which web chat renders; readable as text elsewhere).</summary>
    public static string ComparisonTable(IReadOnlyList<ShownItem> items)
    {
        var optionNames = items.SelectMany(i => i.Options.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal).ToList();
        var table = new StringBuilder();
        Row(table, "", Titles(items));
        Row(table, "---", items.Select(_ => "---"));
        Row(table, "price", items.Select(i => CartText.Money(i.Price)));
        Row(table, "availability", items.Select(i => Availability(i.Available)));
        foreach (var name in optionNames)
        {
            Row(table, name, items.Select(i => i.Options.TryGetValue(name, out var v) ? v : "—"));
        }
        return table.ToString().TrimEnd();
    }

    private static List<string> Titles(IReadOnlyList<ShownItem> items) =>
        ItemWording.Titles([.. items.Select(i => (i.ProductName, (IReadOnlyDictionary<string, string>)i.Options))]);

    private static string Subtitle(ShownItem item) => $"{CartText.Money(item.Price)} · {Availability(item.Available)}";

    private static List<string> OptionLines(ShownItem item) =>
        [.. item.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")];

    private static void Row(StringBuilder table, string label, IEnumerable<string> cells) =>
        table.Append("| ").Append(label).Append(" | ").Append(string.Join(" | ", cells)).AppendLine(" |");

    private static List<CardButton> Buttons(ShownItem item, bool details)
    {
        var buttons = new List<CardButton>();
        if (details)
        {
            buttons.Add(ProductButtons.Details(item.ItemId, item.ProductName, item.Options));
        }
        // Out-of-stock items keep their card (availability is part of the answer) but offer no way to add them.
        if (item.Available)
        {
            buttons.Add(ProductButtons.AddToCart(item.ItemId, item.ProductName, item.Options));
        }
        return buttons;
    }
}
