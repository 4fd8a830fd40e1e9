using EcomBot.Bot.Knowledge;
using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Policies;
using EcomBot.Knowledge.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.TestSupport;

/// <summary>The shipped catalogue and help articles, each indexed once per test run with the shared encoder.</summary>
public static class ShippedKnowledge
{
    private static readonly Lazy<PolicySearch> SharedPolicies = new(IndexHelpArticles);
    private static readonly Lazy<Task<ProductSearch>> SharedProducts = new(IndexCatalogueAsync);

    /// <summary>Policy search over the shipped help articles, with the bot's default minimum score.</summary>
    public static PolicySearch Policies => SharedPolicies.Value;

    /// <summary>Product search over the shipped catalogue.</summary>
    public static Task<ProductSearch> ProductsAsync() => SharedProducts.Value;

    private static PolicySearch IndexHelpArticles()
    {
        var embeddings = SharedEmbeddings.Generator;
        var index = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions);
        var articles = PolicyArticleReader.ReadDirectory(KnowledgeSources.Shipped().PoliciesDirectory);
        new KnowledgeIngestor(index, embeddings, NullLogger<KnowledgeIngestor>.Instance)
            .IngestAsync(KnowledgeCollections.Policies, articles).GetAwaiter().GetResult();
        return new PolicySearch(index, new QueryEncoder(embeddings), minimumSimilarity: new KnowledgeOptions().PolicyMinScore);
    }

    private static async Task<ProductSearch> IndexCatalogueAsync()
    {
        var embeddings = SharedEmbeddings.Generator;
        var index = new EmbeddedKnowledgeIndex(MiniLmEmbeddingGenerator.Dimensions);
        await new KnowledgeIngestor(index, embeddings, NullLogger<KnowledgeIngestor>.Instance).IngestAllAsync(KnowledgeSources.Shipped());
        return new ProductSearch(index, new QueryEncoder(embeddings));
    }
}
