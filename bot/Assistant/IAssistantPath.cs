using EcomBot.Bot.Conversation;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Assistant;

/// <summary>
/// The chat-model path as the router sees it: whether the model takes a turn, and its answer. Two implementations:
/// <see cref="NoAssistant"/> when no model is configured (the default) and <see cref="ModelAssistant"/>.
/// </summary>
public interface IAssistantPath
{
    bool IsEnabled { get; }

    /// <summary>True when the model should answer before the flows (model-first routing); false for turns code answers:
    /// a pressed button, the yes or no to a proposed change, a step of identification in progress.</summary>
    bool TakesFirst(CustomerMessage message, ConversationData conversation, TurnFunctions functions);

    /// <summary>True when the model answers a turn no flow recognised (flows-first routing).</summary>
    bool TakesUnrecognised { get; }

    /// <summary>The model's answer, or a fall-back: the flows answer the turn instead, after the note if there is one.</summary>
    Task<AssistantAnswer> AnswerAsync(CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken);
}

/// <summary>The model path's answer to a turn: its replies, or null replies when the flows must answer (with a note
/// first when the customer should know why, such as a spent budget).</summary>
public sealed record AssistantAnswer(IReadOnlyList<BotReply>? Replies, BotReply? FallbackNote = null)
{
    public static AssistantAnswer Fallback(BotReply? note = null) => new(null, note);
}

/// <summary>No chat model: every turn goes to the flows.</summary>
public sealed class NoAssistant : IAssistantPath
{
    public bool IsEnabled => false;

    public bool TakesUnrecognised => false;

    public bool TakesFirst(CustomerMessage message, ConversationData conversation, TurnFunctions functions) => false;

    public Task<AssistantAnswer> AnswerAsync(CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken) =>
        Task.FromResult(AssistantAnswer.Fallback());
}
