using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// The router's classifier: sentence embedding plus lexical features into a calibrated softmax model, with slots
/// found by <see cref="SlotExtractor"/>. Before the model is ready every message reads as unknown (confidence 0),
/// which makes the router ask a clarifying question; slots are still extracted.
/// </summary>
public sealed class LearnedIntentClassifier(IntentModelProvider models, IntentFeaturizer featurizer, SlotExtractor slots)
    : IIntentClassifier
{
    private const int RankedCount = 5;

    public async Task<IntentPrediction> ClassifyAsync(string text, CancellationToken cancellationToken)
    {
        var found = slots.Extract(text);
        var model = models.Current;
        if (model is null)
        {
            _ = models.GetModelAsync(CancellationToken.None);
            return IntentPrediction.Unknown with { Slots = found };
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return IntentPrediction.Unknown;
        }

        var features = await featurizer.FeaturizeAsync([text], cancellationToken);
        var probabilities = model.Probabilities(features[0]);
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }
        var ranked = probabilities.Select((p, i) => new KeyValuePair<string, double>(model.Labels[i], p))
            .OrderByDescending(r => r.Value).Take(RankedCount).ToList();
        return new IntentPrediction(model.Labels[best], probabilities[best], found) { Ranked = ranked };
    }
}
