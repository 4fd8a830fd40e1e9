using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.TestSupport;

/// <summary>Returns a scripted prediction per exact message text, so router and flow tests do not depend on a trained
/// model; anything unscripted is unknown.</summary>
public sealed class FakeIntentClassifier : IIntentClassifier
{
    private readonly Dictionary<string, IntentPrediction> _script;

    public FakeIntentClassifier(Dictionary<string, IntentPrediction> script) => _script = script;

    /// <summary>Intents and confidences without slots.</summary>
    public static FakeIntentClassifier Fixed(Dictionary<string, (string Intent, double Confidence)> answers) =>
        new(answers.ToDictionary(a => a.Key, a => Predict(a.Value.Intent, a.Value.Confidence)));

    public static IntentPrediction Predict(string intent, double confidence, params (string Key, string Value)[] slots) =>
        new(intent, confidence, slots.ToDictionary(s => s.Key, s => s.Value));

    public Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(_script.GetValueOrDefault(text, IntentPrediction.Unknown));
}
