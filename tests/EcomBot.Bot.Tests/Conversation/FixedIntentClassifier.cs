using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Tests.Conversation;

/// <summary>Maps exact texts to predictions so router tests do not depend on a trained model.</summary>
internal sealed class FixedIntentClassifier(Dictionary<string, (string Intent, double Confidence)> answers) : IIntentClassifier
{
    public Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(answers.TryGetValue(text, out var a)
            ? new IntentPrediction(a.Intent, a.Confidence, new Dictionary<string, string>())
            : IntentPrediction.Unknown);
}
