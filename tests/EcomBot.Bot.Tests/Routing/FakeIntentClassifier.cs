using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Tests.Routing;

/// <summary>Returns a scripted prediction per message; anything unscripted is unknown.</summary>
internal sealed class FakeIntentClassifier(Dictionary<string, IntentPrediction> script) : IIntentClassifier
{
    public static IntentPrediction Predict(string intent, double confidence, params (string Key, string Value)[] slots) =>
        new(intent, confidence, slots.ToDictionary(s => s.Key, s => s.Value));

    public Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(script.GetValueOrDefault(text, IntentPrediction.Unknown));
}
