namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// The classifier used when no trained router is registered: every message is unknown, so the router asks the
/// customer to rephrase or pick a topic. The learned router replaces it.
/// </summary>
public sealed class UntrainedIntentClassifier : IIntentClassifier
{
    public Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(IntentPrediction.Unknown);
}
