using Microsoft.Extensions.AI;

namespace EcomBot.Bot.Tests.Routing;

/// <summary>The one sentence encoder the routing tests share (loading it is the slow part).</summary>
internal static class SharedEmbeddings
{
    public static IEmbeddingGenerator<string, Embedding<float>>? Generator => null;
}
