using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Knowledge.Embeddings;

public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local MiniLM model as the process's one shared
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, unless another generator (e.g. a hosted model) is
    /// already registered. Safe to call from several features: only the first registration counts.
    /// </summary>
    public static IServiceCollection AddMiniLmEmbeddingGenerator(this IServiceCollection services, int batchSize = 32)
    {
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new MiniLmEmbeddingGenerator(batchSize));
        return services;
    }
}
