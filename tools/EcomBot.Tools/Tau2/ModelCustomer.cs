using EcomBot.Tools.Journeys;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace EcomBot.Tools.Tau2;

/// <summary>
/// The tau2-bench way of simulating a customer: a chat model plays the customer from the task's instructions, one
/// message at a time, and ends the conversation with a stop word once the task is done or cannot be done. The bot's
/// messages are the model's "user" turns; its own are "assistant" turns.
/// </summary>
public sealed class ModelCustomer(IChatCompletionService model, JourneyTask task, double temperature)
{
    /// <summary>What the customer writes when the conversation is over (tau2's own stop words).</summary>
    public static readonly string[] StopWords = ["###STOP###", "###TRANSFER###", "###OUT-OF-SCOPE###"];

    private readonly ChatHistory _history = new(Instructions(task));

    public async Task<string> NextAsync(IReadOnlyList<BotMessage> botSaid, CancellationToken cancellationToken)
    {
        _history.AddUserMessage(botSaid.Count == 0 ? "(the chat window is open)" : string.Join("\n\n", botSaid.Select(Readable)));
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["temperature"] = temperature } };
        var reply = await model.GetChatMessageContentAsync(_history, settings, cancellationToken: cancellationToken);
        var text = (reply.Content ?? "").Trim();
        _history.AddAssistantMessage(text);
        return text;
    }

    public static bool Ends(string message) => StopWords.Any(w => message.Contains(w, StringComparison.Ordinal));

    private static string Readable(BotMessage message) =>
        message.Buttons.Count == 0 ? message.Readable : $"{message.Readable}\n(buttons: {string.Join(" | ", message.Buttons)})";

    private static string Instructions(JourneyTask task) => $"""
        You are a customer chatting with an online store's support assistant. Play the customer described below, in
        your own words, one short message at a time, as a real person would type it.

        Rules:
        - Reveal what you know only when it is needed or asked for; never invent details the description does not give.
        - Follow the description's conditions (what to do if something is not possible) exactly.
        - Answer the assistant's questions; confirm a change only if it is what you want.
        - When everything you came for is done, or cannot be done, write {StopWords[0]} on its own as your last message.

        What you know: {task.KnownInfo}
        Why you are writing: {task.ReasonForCall}
        Your instructions: {task.TaskInstructions}
        """;
}
