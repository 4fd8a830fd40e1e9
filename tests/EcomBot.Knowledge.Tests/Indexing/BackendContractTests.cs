using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Indexing.Qdrant;
using Qdrant.Client;

namespace EcomBot.Knowledge.Tests.Indexing;

public sealed class EmbeddedKnowledgeIndexContractTests : KnowledgeIndexContractTests
{
    protected override IKnowledgeIndex CreateIndex() => new EmbeddedKnowledgeIndex(TestDocuments.Dimensions);
}

/// <summary>The same contract against a real Qdrant (gRPC endpoint in <c>QDRANT_URL</c>, e.g. http://localhost:6334).</summary>
[RequiresEnvironmentVariable("QDRANT_URL")]
public sealed class QdrantKnowledgeIndexContractTests : KnowledgeIndexContractTests
{
    protected override IKnowledgeIndex CreateIndex() =>
        new QdrantKnowledgeIndex(new QdrantClient(new Uri(Environment.GetEnvironmentVariable("QDRANT_URL")!), Environment.GetEnvironmentVariable("QDRANT_API_KEY")),
            TestDocuments.Dimensions, collectionPrefix: "ecombot-test-");
}
