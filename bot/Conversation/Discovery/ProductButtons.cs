using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// The buttons of product and cart cards. Each carries its action and the item id in the message's value (see
/// <see cref="ButtonAction"/>) and says what the customer asks in their words, so the transcript reads "Add Mechanical
/// Keyboard (linear switch, RGB backlight, full size) to my cart", never an id. Details is a product search for one item.
/// </summary>
public static class ProductButtons
{
    public static CardButton Details(string itemId, string productName, IReadOnlyDictionary<string, string> options) =>
        new("Details", $"Tell me more about {ItemWording.Describe(productName, options)}", ButtonAction.For(Intents.ProductSearch, SlotKeys.ItemId, itemId));

    public static CardButton AddToCart(string itemId, string productName, IReadOnlyDictionary<string, string> options) =>
        new("Add to cart", $"Add {ItemWording.Describe(productName, options)} to my cart", ButtonAction.For(Intents.AddToCart, SlotKeys.ItemId, itemId));

    public static CardButton Remove(string itemId, string productName, IReadOnlyDictionary<string, string> options) =>
        new("Remove", $"Remove {ItemWording.Describe(productName, options)} from my cart", ButtonAction.For(Intents.RemoveFromCart, SlotKeys.ItemId, itemId));

    /// <summary>The item a pressed button of <paramref name="intent"/> names, or null when the turn is no such press.</summary>
    public static string? PressedItem(FlowTurn turn, string intent) =>
        turn.Intent.Intent == intent ? turn.Intent.Slot(SlotKeys.ItemId) : null;
}
