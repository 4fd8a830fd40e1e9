using EcomBot.Knowledge.Embeddings;

namespace EcomBot.Knowledge.Tests;

/// <summary>One MiniLM encoder for the whole test run: loading it costs about half a second and 90 MB.</summary>
public sealed class EmbeddingModelFixture : IDisposable
{
    public MiniLmEmbeddingGenerator Generator { get; } = new();

    public void Dispose() => Generator.Dispose();
}

[CollectionDefinition(Name)]
public sealed class EmbeddingModelCollection : ICollectionFixture<EmbeddingModelFixture>
{
    public const string Name = "Embedding model";
}
