using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Embeddings;

/// <summary>Stored and query embeddings are unit length, so every backend can rank by inner product.</summary>
public static class VectorMath
{
    public static float[] Normalized(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = TensorPrimitives.Norm(copy);
        if (norm > 0)
        {
            TensorPrimitives.Divide(copy, norm, copy);
        }
        return copy;
    }
}
