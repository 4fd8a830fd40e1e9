using System.Text.Json.Serialization;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>Why a conversation ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversationEndReason>))]
public enum ConversationEndReason
{
    /// <summary>The customer said goodbye ("bye", "thanks, that's all").</summary>
    Goodbye,

    /// <summary>The conversation was handed to a person.</summary>
    Handoff,

    /// <summary>Nothing arrived from the customer for <c>Conversation:IdleMinutes</c>.</summary>
    Idle,
}
