namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// An 8-bit copy of the collection's embeddings for the first, approximate pass of a large search: each vector is
/// scaled so its largest component maps to ±127 and rounded, and its scale kept. A fourth of the float vectors' size,
/// so a scan reads a fourth of the memory; the candidates it finds are re-scored exactly on the float vectors.
/// </summary>
internal sealed class QuantisedVectors(int dimensions)
{
    private const float Levels = 127f;

    private sbyte[] _codes = new sbyte[dimensions * 64];
    private float[] _scales = new float[64];

    public ReadOnlySpan<sbyte> Codes(int slot) => _codes.AsSpan(slot * dimensions, dimensions);

    /// <summary>What one unit of the slot's integer dot product is worth as a float dot product (times the query's scale).</summary>
    public float Scale(int slot) => _scales[slot];

    public void Set(int slot, ReadOnlySpan<float> vector)
    {
        if ((slot + 1) * dimensions > _codes.Length)
        {
            var slots = Math.Max(slot + 1, _scales.Length * 2);
            Array.Resize(ref _codes, slots * dimensions);
            Array.Resize(ref _scales, slots);
        }
        _scales[slot] = Quantise(vector, _codes.AsSpan(slot * dimensions, dimensions));
    }

    public void Move(int from, int to)
    {
        _codes.AsSpan(from * dimensions, dimensions).CopyTo(_codes.AsSpan(to * dimensions, dimensions));
        _scales[to] = _scales[from];
    }

    /// <summary>A query's codes, widened to 16 bits for <see cref="Int8Dot"/>. Its scale is the same for every
    /// document, so ranking does without it.</summary>
    public static short[] QuantiseQuery(ReadOnlySpan<float> query)
    {
        var codes = new sbyte[query.Length];
        Quantise(query, codes);
        var widened = new short[query.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            widened[i] = codes[i];
        }
        return widened;
    }

    private static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        var largest = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(vector);
        var largestMagnitude = Math.Abs(largest);
        if (largestMagnitude == 0 || !float.IsFinite(largestMagnitude))
        {
            codes.Clear();
            return 0;
        }
        var toCodes = Levels / largestMagnitude;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] * toCodes), -Levels, Levels);
        }
        return largestMagnitude / Levels;
    }
}
