using EcomBot.Bot.Conversation;
using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Training;

namespace EcomBot.Bot.Tests.Routing;

public sealed class TrainingReproducibilityTests
{
    private static readonly IReadOnlyList<LabelledUtterance> Sample =
        [.. IntentTrainingSet.Load(TestApps.Shared.Get<FlowCatalog>().TrainingResources).Where((_, i) => i % 12 == 0)];

    private static readonly IntentModelHyperparameters Quick = new() { Epochs = 3, HashBits = 12 };

    [Fact]
    public async Task TheSameSeedAndDataGiveTheSameWeightsBitForBit()
    {
        var first = await Train(Quick);
        var second = await Train(Quick);

        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Biases, second.Biases);
        Assert.Equal(first.Temperature, second.Temperature);
    }

    [Fact]
    public async Task ADifferentSeedGivesDifferentWeights()
    {
        var first = await Train(Quick);
        var other = await Train(Quick with { Seed = Quick.Seed + 1 });

        Assert.NotEqual(first.Weights, other.Weights);
    }

    [Fact]
    public async Task EveryIntentInTheDataBecomesALabel()
    {
        var model = await Train(Quick);

        Assert.Equal(Sample.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal), model.Labels);
    }

    private static Task<SoftmaxModel> Train(IntentModelHyperparameters hyperparameters) =>
        IntentModelTrainer.TrainAsync(Sample, new IntentFeaturizer(null, hyperparameters), CancellationToken.None);
}
