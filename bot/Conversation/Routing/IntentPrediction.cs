namespace EcomBot.Bot.Conversation.Routing;

/// <summary>The router's reading of a message: the most likely intent, how sure it is, and the slots found in the text.</summary>
public sealed record IntentPrediction(string Intent, double Confidence, IReadOnlyDictionary<string, string> Slots)
{
    public static IntentPrediction Unknown { get; } = new(Intents.Unknown, 0, new Dictionary<string, string>());

    /// <summary>The classifier's likeliest intents with their probabilities, best first (a few; empty when the reading
    /// did not come from the classifier). A routing rule may prefer one of these over the first.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Ranked { get; init; } = [];

    public string? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;

    /// <summary>The classifier's probability of <paramref name="intent"/> among <see cref="Ranked"/> (0 when not among them).</summary>
    public double ProbabilityOf(string intent) =>
        intent == Intent ? Confidence : Ranked.FirstOrDefault(r => r.Key == intent).Value;
}
