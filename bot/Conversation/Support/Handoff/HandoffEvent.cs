using System.Text.Json.Serialization;

namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>Why the bot passed a conversation to a person.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffReason>))]
public enum HandoffReason
{
    CustomerAsked,
    RepeatedFailure,
    Frustration,
    OutOfScope,
}

/// <summary>What the support desk receives: who, why, a summary and the recent transcript.</summary>
public sealed record HandoffEvent(
    string Reference,
    HandoffReason Reason,
    string ChannelId,
    string ConversationId,
    string? CustomerId,
    string Summary,
    IReadOnlyList<TranscriptLine> Transcript,
    DateTimeOffset RequestedAt);
