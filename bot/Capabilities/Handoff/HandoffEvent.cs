using System.Text.Json.Serialization;

namespace EcomBot.Bot.Capabilities.Handoff;

/// <summary>Why the bot passed a conversation to a person.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffReason>))]
public enum HandoffReason
{
    CustomerAsked,
    RepeatedFailure,
    Frustration,
    OutOfScope,

    /// <summary>The customer made a complaint and accepted the offer of a person.</summary>
    Complaint,

    /// <summary>The customer asked for their data to be erased; a person checks and carries it out.</summary>
    AccountDeletion,

    /// <summary>A payment did not go through, or the customer has a question about paying.</summary>
    PaymentProblem,

    /// <summary>The customer is waiting for a refund longer than they expected.</summary>
    RefundDelayed,
}

/// <summary>What the support desk receives: who, why, a summary and the recent transcript.</summary>
public sealed record HandoffEvent(
    string Reference,
    HandoffReason Reason,
    string ChannelId,
    string ConversationId,
    string? CustomerId,
    string Summary,
    IReadOnlyList<HandoffTranscriptLine> Transcript,
    DateTimeOffset RequestedAt);

/// <summary>One line of the conversation as the support desk receives it.</summary>
public sealed record HandoffTranscriptLine(string From, string Text, DateTimeOffset At);
