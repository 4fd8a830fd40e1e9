using System.Globalization;
using EcomBot.Bot.Capabilities.Cart;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>How products and cart lines read in replies: "T-Shirt (color red, size L)", "$19.99".</summary>
public static class CartText
{
    public static string Money(decimal amount) => amount.ToString("$#,0.00", CultureInfo.InvariantCulture);

    public static string Options(IReadOnlyDictionary<string, string> options) =>
        string.Join(", ", options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));

    public static string Describe(string productName, IReadOnlyDictionary<string, string> options) =>
        options.Count == 0 ? productName : $"{productName} ({Options(options)})";

    public static ReplyCard Card(CartLine line) => new(
        line.ProductName,
        $"{Money(line.Price)} x {line.Quantity} = {Money(line.Total)}",
        [.. line.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"), $"item {line.ItemId}"],
        [new CardButton("Remove", CartMessages.Remove(line.ItemId))]);
}
