using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Indexing.Qdrant;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Search;
using EcomBot.Bot.Cli;
using Microsoft.Extensions.Options;
using Qdrant.Client;

namespace EcomBot.Bot.Knowledge;

public static class KnowledgeRegistration
{
    /// <summary>
    /// Registers the knowledge base: embeddings, the configured index (embedded with a snapshot file, or Qdrant),
    /// ingestion, <see cref="ProductSearch"/> and <see cref="PolicySearch"/>, start-up ingestion and the CLI verbs.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotKnowledge(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QdrantOptions>().BindConfiguration(QdrantOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeBackendValidator>();
        builder.AddEcomBotEmbeddings();

        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton<IKnowledgeIndex>(sp => CreateIndex(sp, contentRoot));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DataDirectory is { Length: > 0 } folder
            ? new KnowledgeSources(Path.Combine(contentRoot, folder))
            : KnowledgeSources.Shipped());
        services.AddSingleton<KnowledgeIngestor>();
        services.AddSingleton<QueryEncoder>();
        services.AddSingleton<ProductSearch>();
        services.AddSingleton(sp => new PolicySearch(
            sp.GetRequiredService<IKnowledgeIndex>(), sp.GetRequiredService<QueryEncoder>(),
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.PolicyMinScore));
        services.AddHostedService<KnowledgeStartupIngestion>();

        services.AddCliVerb<IngestVerb>();
        return builder;
    }

    private static IKnowledgeIndex CreateIndex(IServiceProvider services, string contentRoot)
    {
        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        if (options.Backend == KnowledgeBackend.Qdrant)
        {
            var qdrant = services.GetRequiredService<IOptions<QdrantOptions>>().Value;
            var client = new QdrantClient(new Uri(qdrant.Endpoint!), qdrant.ApiKey, loggerFactory: services.GetService<ILoggerFactory>());
            return new QdrantKnowledgeIndex(client, options.EmbeddingDimensions, qdrant.CollectionPrefix, qdrant.UpsertBatchSize);
        }
        var snapshot = Path.Combine(contentRoot, options.SnapshotPath is { Length: > 0 } path ? path : Path.Combine("App_Data", "knowledge.snapshot.bin"));
        return new EmbeddedKnowledgeIndex(options.EmbeddingDimensions, snapshot);
    }
}
