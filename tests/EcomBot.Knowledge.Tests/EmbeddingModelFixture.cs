using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.Knowledge.Tests;

/// <summary>
/// One MiniLM encoder for the whole test run (loading it costs about half a second and 90 MB), and the demo
/// store ingested once into an embedded index for the search tests.
/// </summary>
public sealed class EmbeddingModelFixture : IDisposable
{
    private readonly Lazy<Task<DemoStore>> _demoStore;

    public EmbeddingModelFixture() => _demoStore = new(CreateDemoStoreAsync);

    public MiniLmEmbeddingGenerator Generator { get; } = new();

    /// <summary>The shipped catalogue and help articles, ingested into an in-memory embedded index.</summary>
    public Task<DemoStore> DemoStoreAsync() => _demoStore.Value;

    public KnowledgeIngestor IngestorFor(EmbeddedKnowledgeIndex index) => new(index, Generator, NullLogger<KnowledgeIngestor>.Instance);

    public void Dispose() => Generator.Dispose();

    private async Task<DemoStore> CreateDemoStoreAsync()
    {
        var index = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions);
        await IngestorFor(index).IngestAllAsync(KnowledgeSources.Shipped());
        var encoder = new QueryEncoder(Generator);
        return new DemoStore(index, new ProductSearch(index, encoder), new PolicySearch(index, encoder, minimumSimilarity: 0.30));
    }
}

public sealed record DemoStore(EmbeddedKnowledgeIndex Index, ProductSearch Products, PolicySearch Policies);

[CollectionDefinition(Name)]
public sealed class EmbeddingModelTests : ICollectionFixture<EmbeddingModelFixture>
{
    public const string Name = "Embedding model";
}
