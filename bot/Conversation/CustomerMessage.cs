using System.Text.Json;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// One incoming customer message, free of any channel SDK type.
/// </summary>
/// <param name="Text">What the customer typed (or the value of a button they pressed), trimmed.</param>
/// <param name="ChannelId">The channel the message came from (webchat, msteams, emulator, directline ...).</param>
/// <param name="ChannelUserId">The customer's id on that channel; not the store customer id.</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="Locale">The locale the channel reported, if any.</param>
/// <param name="Value">Structured data from a card submit, if any.</param>
/// <param name="VouchedCustomerId">The store customer the channel vouches for (a signed-in shopper whose Direct Line
/// token the shop's back end minted with the secret), or null when the channel vouches for nobody.</param>
public sealed record CustomerMessage(
    string Text,
    string ChannelId,
    string ChannelUserId,
    string ConversationId,
    string? Locale = null,
    JsonElement? Value = null,
    string? VouchedCustomerId = null);
