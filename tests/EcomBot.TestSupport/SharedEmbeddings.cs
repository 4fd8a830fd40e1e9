using EcomBot.Knowledge.Embeddings;
using Microsoft.Extensions.AI;

namespace EcomBot.TestSupport;

/// <summary>
/// The one MiniLM encoder the routing tests share, as the bot shares one through DI: loading it costs time and memory.
/// Lives for the whole test process, so it is never disposed.
/// </summary>
public static class SharedEmbeddings
{
    private static readonly Lazy<MiniLmEmbeddingGenerator> Instance = new(() => new MiniLmEmbeddingGenerator(batchSize: 64));

    public static IEmbeddingGenerator<string, Embedding<float>> Generator => Instance.Value;
}
