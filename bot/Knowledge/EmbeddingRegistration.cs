using System.ClientModel;
using EcomBot.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using OpenAI;

namespace EcomBot.Bot.Knowledge;

public static class EmbeddingRegistration
{
    /// <summary>
    /// Registers the process's one shared <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>: a hosted
    /// OpenAI-compatible model when <c>Knowledge:EmbeddingEndpoint</c> is set, the local MiniLM model otherwise.
    /// Features that embed text (knowledge search, intent routing) call this; only the first call registers. Either is
    /// wrapped in <see cref="RecentEmbeddingsCache"/>, since a turn embeds its message to classify it and again to search.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotEmbeddings(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>)))
        {
            return builder;
        }

        var options = builder.Configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new RecentEmbeddingsCache(
            string.IsNullOrWhiteSpace(options.EmbeddingEndpoint)
                ? new MiniLmEmbeddingGenerator()
                : new OpenAIClient(
                        new ApiKeyCredential(options.EmbeddingApiKey ?? "unused"),
                        new OpenAIClientOptions { Endpoint = new Uri(options.EmbeddingEndpoint) })
                    .GetEmbeddingClient(options.EmbeddingModel)
                    .AsIEmbeddingGenerator(options.EmbeddingDimensions)));
        return builder;
    }
}
