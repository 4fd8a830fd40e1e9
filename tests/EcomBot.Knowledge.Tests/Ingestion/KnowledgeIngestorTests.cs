using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Policies;

namespace EcomBot.Knowledge.Tests.Ingestion;

[Collection(EmbeddingModelTests.Name)]
public sealed class KnowledgeIngestorTests(EmbeddingModelFixture model) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ecombot-knowledge-").FullName;

    private const string Article = "# Returning items\n\n## What to tell us\nThe order id and the items.\n\n## Refunds\nTo the original payment method.\n";

    [Fact]
    public async Task RunningTwiceOnTheSameSourceWritesNothingTheSecondTime()
    {
        using var index = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions);
        var documents = PolicyArticleReader.Chunk("returns", Article).ToList();

        var first = await model.IngestorFor(index).IngestAsync(KnowledgeCollections.Policies, documents);
        var second = await model.IngestorFor(index).IngestAsync(KnowledgeCollections.Policies, documents);

        Assert.Equal((2, 0), (first.Written, first.Unchanged));
        Assert.Equal((0, 2, 0), (second.Written, second.Unchanged, second.Deleted));
    }

    [Fact]
    public async Task AChangedPassageIsRewrittenAndARemovedOneDeleted()
    {
        using var index = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions);
        await model.IngestorFor(index).IngestAsync(KnowledgeCollections.Policies, PolicyArticleReader.Chunk("returns", Article).ToList());

        var edited = "# Returning items\n\n## What to tell us\nThe order id, the items and a refund method.\n";
        var report = await model.IngestorFor(index).IngestAsync(KnowledgeCollections.Policies, PolicyArticleReader.Chunk("returns", edited).ToList());

        Assert.Equal((1, 0, 1), (report.Written, report.Unchanged, report.Deleted));
        Assert.Equal(["policy:returns#what-to-tell-us"], (await index.GetContentHashesAsync(KnowledgeCollections.Policies)).Keys);
    }

    [Fact]
    public async Task ARestartedIndexReadsItsSnapshotAndNeedsNoEmbedding()
    {
        var snapshot = Path.Combine(_folder, "knowledge.snapshot.bin");
        var documents = PolicyArticleReader.Chunk("returns", Article).ToList();
        using (var before = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions, snapshot))
        {
            await model.IngestorFor(before).IngestAsync(KnowledgeCollections.Policies, documents);
        }

        using var after = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions, snapshot);
        var report = await model.IngestorFor(after).IngestAsync(KnowledgeCollections.Policies, documents);
        var query = await new Knowledge.Search.QueryEncoder(model.Generator).EncodeAsync("where does my refund go");
        var hits = await after.SearchAsync(KnowledgeCollections.Policies, query);

        Assert.Equal((0, 2), (report.Written, report.Unchanged));
        Assert.Equal("policy:returns#refunds", hits[0].Id);
    }

    [Fact]
    public async Task TheShippedStoreBecomesOneDocumentPerProductAndOnePerPolicySection()
    {
        var store = await model.DemoStoreAsync();

        Assert.Equal(50, store.Index.Count(KnowledgeCollections.Products));
        Assert.True(store.Index.Count(KnowledgeCollections.Policies) >= 8 * 2);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
