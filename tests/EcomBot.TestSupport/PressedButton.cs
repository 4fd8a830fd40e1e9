using System.Text.Json;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.TestSupport;

/// <summary>A card button pressed, as the channel edge hands it to the router: the button's words as the text and its
/// action in the value, read back from JSON as the edge reads a channel's value.</summary>
public static class PressedButton
{
    public static CustomerMessage Message(CardButton button, string channelId, string userId, string conversationId) =>
        new(button.Says, channelId, userId, conversationId,
            Value: button.Action is { } action ? JsonSerializer.SerializeToElement(action.ToValue()) : null);

    /// <summary>The item id a button carries in its action.</summary>
    public static string ItemId(CardButton button) =>
        button.Action?.Slots.GetValueOrDefault(SlotKeys.ItemId) ?? throw new ArgumentException($"Button '{button.Title}' names no item.", nameof(button));

    /// <summary>The item a product or cart card is about (the one its buttons name).</summary>
    public static string ItemId(ReplyCard card) => ItemId(card.Buttons.First(b => b.Action is not null));
}
