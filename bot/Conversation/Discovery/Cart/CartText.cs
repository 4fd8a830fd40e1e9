using System.Globalization;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation.Discovery;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>How products and cart lines read in replies: "T-Shirt (color red, size L)", "$19.99".</summary>
public static class CartText
{
    public static string Money(decimal amount) => amount.ToString("$#,0.00", CultureInfo.InvariantCulture);

    public static string Options(IReadOnlyDictionary<string, string> options) =>
        string.Join(", ", options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));

    public static string Describe(string productName, IReadOnlyDictionary<string, string> options) =>
        options.Count == 0 ? productName : $"{productName} ({Options(options)})";

    /// <summary>The cart's lines as cards, titled apart when the cart holds several items of one product.</summary>
    public static List<ReplyCard> Cards(IReadOnlyList<CartLine> lines)
    {
        var titles = ItemWording.Titles([.. lines.Select(l => (l.ProductName, l.Options))]);
        return [.. lines.Select((line, i) => new ReplyCard(
            titles[i],
            $"{Money(line.Price)} x {line.Quantity} = {Money(line.Total)}",
            [.. line.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")],
            [ProductButtons.Remove(line.ItemId, line.ProductName, line.Options)]))];
    }
}
