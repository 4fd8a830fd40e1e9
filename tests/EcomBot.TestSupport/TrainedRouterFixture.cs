using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Routing.Training;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.TestSupport;

/// <summary>
/// Trains the router once per test run on the shipped data minus a held-back slice (every tenth Bitext utterance and
/// every fifth of EcomBot's own examples) and classifies that slice, for the tests that need a trained model.
/// </summary>
public sealed class TrainedRouterFixture
{
    public TrainedRouterFixture()
    {
        var bitext = IntentTrainingSet.ReadResource(IntentTrainingSet.BitextResource);
        var own = IntentTrainingSet.OwnExamples(TestApps.Shared.Get<FlowCatalog>().TrainingResources);
        Training = [.. bitext.Where((_, i) => i % 10 != 0), .. own.Where((_, i) => i % 5 != 0)];
        HeldBackBitext = [.. bitext.Where((_, i) => i % 10 == 0)];
        HeldBackOwn = [.. own.Where((_, i) => i % 5 == 0)];

        Embeddings = SharedEmbeddings.Generator;
        Featurizer = new IntentFeaturizer(Embeddings, new IntentModelHyperparameters());
        Model = IntentModelTrainer.TrainAsync(Training, Featurizer, CancellationToken.None).GetAwaiter().GetResult();
        BitextPredictions = Classify(HeldBackBitext);
        OwnPredictions = Classify(HeldBackOwn);
    }

    public IReadOnlyList<LabelledUtterance> Training { get; }

    public IReadOnlyList<LabelledUtterance> HeldBackBitext { get; }

    public IReadOnlyList<LabelledUtterance> HeldBackOwn { get; }

    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; }

    public IntentFeaturizer Featurizer { get; }

    public SoftmaxModel Model { get; }

    public IReadOnlyList<(string Gold, string Predicted, float Confidence)> BitextPredictions { get; }

    public IReadOnlyList<(string Gold, string Predicted, float Confidence)> OwnPredictions { get; }

    /// <summary>The learned classifier with this fixture's model, served from a cache folder of the test's own.</summary>
    public LearnedIntentClassifier Classifier(string cacheDirectory)
    {
        var cache = new IntentModelCache(cacheDirectory);
        cache.Save(IntentModelCache.Key(Training, Featurizer.Hyperparameters, Featurizer.EmbeddingIdentity), Model);
        var models = new IntentModelProvider(Training, Featurizer, cache, NullLogger<IntentModelProvider>.Instance);
        models.GetModelAsync(CancellationToken.None).GetAwaiter().GetResult();
        var slots = new SlotExtractor(new ProductOptionMatcher(ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));
        return new LearnedIntentClassifier(models, Featurizer, slots);
    }

    private (string, string, float)[] Classify(IReadOnlyList<LabelledUtterance> examples)
    {
        var features = Featurizer.FeaturizeAsync([.. examples.Select(e => e.Text)], CancellationToken.None).GetAwaiter().GetResult();
        return [.. examples.Select((e, i) =>
        {
            var p = Model.Probabilities(features[i]);
            var best = Array.IndexOf(p, p.Max());
            return (e.Intent, Model.Labels[best], p[best]);
        })];
    }
}
