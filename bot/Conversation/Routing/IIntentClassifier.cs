namespace EcomBot.Bot.Conversation.Routing;

/// <summary>Reads a customer message into an intent with a confidence and slots.</summary>
public interface IIntentClassifier
{
    Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken);
}
