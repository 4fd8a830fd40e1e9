using System.Numerics.Tensors;
using EcomBot.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Knowledge.Tests.Embeddings;

[Collection(EmbeddingModelTests.Name)]
public sealed class MiniLmEmbeddingGeneratorTests(EmbeddingModelFixture model)
{
    [Fact]
    public async Task EmbeddingsHave384UnitLengthDimensions()
    {
        var embeddings = await model.Generator.GenerateAsync(["a red mechanical keyboard"]);

        var vector = Assert.Single(embeddings).Vector.Span;
        Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), precision: 4);
    }

    [Fact]
    public async Task RelatedTextsAreCloserThanUnrelatedOnes()
    {
        var embeddings = await model.Generator.GenerateAsync(
            ["how long does my refund take", "when will I get my money back", "a blue cotton t-shirt"]);

        var related = TensorPrimitives.Dot(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
        var unrelated = TensorPrimitives.Dot(embeddings[0].Vector.Span, embeddings[2].Vector.Span);
        Assert.True(related > unrelated + 0.2f, $"related {related:F3} vs unrelated {unrelated:F3}");
    }

    [Fact]
    public async Task BatchedEmbeddingsKeepInputOrderAcrossBatchBoundaries()
    {
        using var smallBatches = new MiniLmEmbeddingGenerator(batchSize: 2);
        string[] texts = ["water bottle", "hiking boots", "", "smart watch", "desk lamp"];

        var batched = await smallBatches.GenerateAsync(texts);
        var single = await model.Generator.GenerateAsync([texts[3]]);

        Assert.Equal(texts.Length, batched.Count);
        Assert.Equal(1f, TensorPrimitives.CosineSimilarity(batched[3].Vector.Span, single[0].Vector.Span), precision: 3);
    }

    [Fact]
    public void RegistrationSharesOneGeneratorAndDefersToAnEarlierOne()
    {
        var services = new ServiceCollection().AddMiniLmEmbeddingGenerator().AddMiniLmEmbeddingGenerator();
        using var provider = services.BuildServiceProvider();
        var first = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.Same(first, provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Single(services, d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>));
        Assert.IsType<MiniLmEmbeddingGenerator>(first);
    }
}
