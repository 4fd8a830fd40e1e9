namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>One variant in a cart: what it is, the price when it was added, and how many.</summary>
public sealed record CartLine(
    string ItemId, string ProductName, IReadOnlyDictionary<string, string> Options, decimal Price, int Quantity = 1)
{
    public decimal Total => Price * Quantity;
}
