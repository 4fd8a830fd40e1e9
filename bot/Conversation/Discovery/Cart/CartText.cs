using System.Globalization;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation.Discovery;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>How prices and cart lines read in replies: "$19.99", a card per line.</summary>
public static class CartText
{
    public static string Money(decimal amount) => amount.ToString("$#,0.00", CultureInfo.InvariantCulture);

    /// <summary>The cart's lines as cards, numbered ("remove the second one"), titled apart when the cart holds several
    /// items of one product.</summary>
    public static List<ReplyCard> Cards(IReadOnlyList<CartLine> lines)
    {
        var titles = ItemWording.Titles([.. lines.Select(l => (l.ProductName, l.Options))]);
        return [.. lines.Select((line, i) => new ReplyCard(
            $"{i + 1}. {titles[i]}",
            $"{Money(line.Price)} x {line.Quantity} = {Money(line.Total)}",
            [.. line.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")],
            [ProductButtons.Remove(line.ItemId, line.ProductName, line.Options)]))];
    }
}
