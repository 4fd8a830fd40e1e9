namespace EcomBot.Bot.Conversation.Routing;

/// <summary>The router's reading of a message: the most likely intent, how sure it is, and the slots found in the text.</summary>
public sealed record IntentPrediction(string Intent, double Confidence, IReadOnlyDictionary<string, string> Slots)
{
    public static IntentPrediction Unknown { get; } = new(Intents.Unknown, 0, new Dictionary<string, string>());

    public string? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;
}
