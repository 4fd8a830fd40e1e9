using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Training;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.Bot.Tests.Routing;

public sealed class IntentModelCacheTests : IDisposable
{
    private static readonly IntentModelHyperparameters Quick = new() { Epochs = 2, HashBits = 10 };

    private static readonly IReadOnlyList<LabelledUtterance> Examples =
    [
        new("where is my order", "track_order"),
        new("track my package", "track_order"),
        new("I want my money back", "get_refund"),
        new("refund me please", "get_refund"),
    ];

    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void ASavedModelLoadsBackUnchanged()
    {
        var cache = new IntentModelCache(_directory.Path);
        var model = new SoftmaxModel(["a", "b"], 2, 4, [.. Enumerable.Range(0, 12).Select(i => i * 0.5f)], [0.25f, -1f], 0.8f);

        cache.Save("abc123def456abc123def456ff", model);
        var loaded = cache.TryLoad("abc123def456abc123def456ff");

        Assert.NotNull(loaded);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Weights, loaded.Weights);
        Assert.Equal(model.Biases, loaded.Biases);
        Assert.Equal(0.8f, loaded.Temperature);
    }

    [Fact]
    public void TheKeyChangesWithTheDataTheHyperparametersAndTheEncoder()
    {
        var key = IntentModelCache.Key(Examples, Quick, "none");

        Assert.Equal(key, IntentModelCache.Key([.. Examples], Quick with { }, "none"));
        Assert.NotEqual(key, IntentModelCache.Key([.. Examples, new("hello", "greeting")], Quick, "none"));
        Assert.NotEqual(key, IntentModelCache.Key([.. Examples.Take(3), new("refund me please", "complaint")], Quick, "none"));
        Assert.NotEqual(key, IntentModelCache.Key(Examples, Quick with { Seed = 99 }, "none"));
        Assert.NotEqual(key, IntentModelCache.Key(Examples, Quick, "minilm/384"));
    }

    [Fact]
    public void ADamagedFileIsIgnored()
    {
        var cache = new IntentModelCache(_directory.Path);
        var key = IntentModelCache.Key(Examples, Quick, "none");
        File.WriteAllText(cache.PathFor(key), "not a model");

        Assert.Null(cache.TryLoad(key));
    }

    [Fact]
    public async Task ACacheHitSkipsTraining()
    {
        var featurizer = new IntentFeaturizer(null, Quick);
        var cache = new IntentModelCache(_directory.Path);
        var sentinel = new SoftmaxModel(["sentinel"], 0, Quick.LexicalBuckets);
        cache.Save(IntentModelCache.Key(Examples, Quick, featurizer.EmbeddingIdentity), sentinel);

        var provider = new IntentModelProvider(Examples, featurizer, cache, NullLogger<IntentModelProvider>.Instance);
        var model = await provider.GetModelAsync(CancellationToken.None);

        Assert.Equal(["sentinel"], model.Labels);
        Assert.StartsWith("cache", provider.Source);
    }

    [Fact]
    public async Task ACacheMissTrainsAndWritesTheModelForNextTime()
    {
        var featurizer = new IntentFeaturizer(null, Quick);
        var cache = new IntentModelCache(_directory.Path);
        var provider = new IntentModelProvider(Examples, featurizer, cache, NullLogger<IntentModelProvider>.Instance);

        var model = await provider.GetModelAsync(CancellationToken.None);

        Assert.StartsWith("trained", provider.Source);
        Assert.Equal(["get_refund", "track_order"], model.Labels);
        var reloaded = cache.TryLoad(IntentModelCache.Key(Examples, Quick, featurizer.EmbeddingIdentity));
        Assert.NotNull(reloaded);
        Assert.Equal(model.Weights, reloaded.Weights);
    }

    public void Dispose() => _directory.Dispose();
}
