using Microsoft.Extensions.AI;

namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Turns utterances into <see cref="FeatureVector"/>s: the shared sentence embedding (when an embedding generator is
/// registered) followed by hashed lexical features, each block scaled by its weight.
/// </summary>
public sealed class IntentFeaturizer(IEmbeddingGenerator<string, Embedding<float>>? embeddings, IntentModelHyperparameters hyperparameters)
{
    private const int EmbeddingBatchSize = 64;

    public IntentModelHyperparameters Hyperparameters { get; } = hyperparameters;

    public bool UsesEmbeddings => embeddings is not null;

    /// <summary>Names the embedding model for the cache key, so a different encoder never reuses old weights.</summary>
    public string EmbeddingIdentity
    {
        get
        {
            if (embeddings is null)
            {
                return "none";
            }
            var metadata = embeddings.GetService<EmbeddingGeneratorMetadata>();
            return $"{metadata?.ProviderName}/{metadata?.DefaultModelId}/{metadata?.DefaultModelDimensions}/{embeddings.GetType().FullName}";
        }
    }

    public async Task<FeatureVector[]> FeaturizeAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var dense = await EmbedAsync(texts, cancellationToken);
        var vectors = new FeatureVector[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var (indices, values) = LexicalFeatures.Extract(texts[i], Hyperparameters.LexicalBuckets);
            Scale(values, Hyperparameters.LexicalWeight);
            vectors[i] = new FeatureVector(dense[i], indices, values);
        }
        return vectors;
    }

    private async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (embeddings is null)
        {
            return [.. texts.Select(_ => Array.Empty<float>())];
        }
        var result = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(EmbeddingBatchSize))
        {
            var generated = await embeddings.GenerateAsync(batch, cancellationToken: cancellationToken);
            result.AddRange(generated.Select(e => Normalized(e.Vector.ToArray())));
        }
        return [.. result];
    }

    private float[] Normalized(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        Scale(vector, norm > 0 ? Hyperparameters.EmbeddingWeight / norm : 0);
        return vector;
    }

    private static void Scale(float[] values, float factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }
}
