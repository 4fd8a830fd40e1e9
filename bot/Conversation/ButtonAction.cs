using System.Text.Json;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// What a pressed button asks for, carried in the message's value beside the customer's words: an intent and its slots,
/// as <c>{"action":"add_to_cart","item_id":"2299424241"}</c>. The router takes it as the turn's reading instead of
/// classifying the words, so the words can be the customer's ("Add Mechanical Keyboard (RGB backlight) to my cart")
/// and never need to hold an id.
/// </summary>
public sealed record ButtonAction(string Intent, IReadOnlyDictionary<string, string> Slots)
{
    public const string ActionKey = "action";

    private const int MaxSlots = 8;
    private const int MaxLength = 200;

    public static ButtonAction For(string intent, string slot, string value) =>
        new(intent, new Dictionary<string, string>(StringComparer.Ordinal) { [slot] = value });

    /// <summary>The reading a pressed button gives a turn: its intent, for certain, with its slots.</summary>
    public IntentPrediction Prediction => new(Intent, 1, Slots);

    /// <summary>The value a channel sends back when the button is pressed.</summary>
    public Dictionary<string, string> ToValue() => new(Slots, StringComparer.Ordinal) { [ActionKey] = Intent };

    /// <summary>The action in a message's value, or null when the value holds none (a card submit of other data, or no
    /// value). Only short string slots are read; slots the router sets itself (why a person is offered) are not taken
    /// from a client.</summary>
    public static ButtonAction? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } json
            || !json.TryGetProperty(ActionKey, out var action) || action.ValueKind != JsonValueKind.String
            || action.GetString() is not { Length: > 0 and <= MaxLength } intent)
        {
            return null;
        }
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Name is ActionKey or SlotKeys.HandoffReason || property.Value.ValueKind != JsonValueKind.String
                || property.Value.GetString() is not { Length: > 0 and <= MaxLength } slot || slots.Count >= MaxSlots)
            {
                continue;
            }
            slots[property.Name] = slot;
        }
        return new ButtonAction(intent, slots);
    }
}
