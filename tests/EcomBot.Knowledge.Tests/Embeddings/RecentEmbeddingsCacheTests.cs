using EcomBot.Knowledge.Embeddings;
using Microsoft.Extensions.AI;

namespace EcomBot.Knowledge.Tests.Embeddings;

public sealed class RecentEmbeddingsCacheTests
{
    private readonly CountingGenerator _model = new();

    [Fact]
    public async Task ATextEmbeddedAgainIsAnsweredFromMemoryWithTheSameVector()
    {
        using var cache = new RecentEmbeddingsCache(_model);

        var first = await cache.GenerateAsync(["how long do refunds take?"]);
        var again = await cache.GenerateAsync(["how long do refunds take?"]);

        Assert.Equal(["how long do refunds take?"], _model.Requests.SelectMany(r => r));
        Assert.Equal(first[0].Vector.ToArray(), again[0].Vector.ToArray());
    }

    [Fact]
    public async Task BatchesAndDifferentTextsAlwaysReachTheModel()
    {
        using var cache = new RecentEmbeddingsCache(_model);

        await cache.GenerateAsync(["red shirt"]);
        await cache.GenerateAsync(["red shirt", "blue shirt"]);
        await cache.GenerateAsync(["Red shirt"]);

        Assert.Equal(3, _model.Requests.Count);
    }

    [Fact]
    public async Task BeyondItsCapacityTheLeastRecentlyUsedTextIsForgotten()
    {
        using var cache = new RecentEmbeddingsCache(_model, capacity: 2);
        await cache.GenerateAsync(["a"]);
        await cache.GenerateAsync(["b"]);
        await cache.GenerateAsync(["a"]); // "a" is now the most recent
        await cache.GenerateAsync(["c"]); // forgets "b"

        await cache.GenerateAsync(["a"]);
        await cache.GenerateAsync(["b"]);

        Assert.Equal(["a", "b", "c", "b"], _model.Requests.SelectMany(r => r));
    }

    private sealed class CountingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public List<string[]> Requests { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToArray();
            Requests.Add(texts);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(
                texts.Select(t => new Embedding<float>(new[] { t.Length, (float)t[0], 1f }))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
