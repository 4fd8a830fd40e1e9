using System.Numerics;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// One bit per dimension (the component's sign) for every stored vector: 48 bytes for a 384-dimension embedding,
/// a 32nd of the float vectors, so the first pass of a large scan reads little memory. The query keeps more
/// precision: its components are shifted to start at zero and cut into 16 levels held as four bit planes, so the sum
/// of the query where a document's bit is set costs four AND-and-popcount per 64 dimensions
/// (<see cref="QueryPlanes"/>). That sum ranks close to the inner product, and the later passes correct it.
/// </summary>
internal sealed class SignCodes(int dimensions)
{
    private const int Planes = 4;
    private const int Levels = (1 << Planes) - 1;

    private readonly int _words = (dimensions + 63) / 64;
    private ulong[] _bits = new ulong[((dimensions + 63) / 64) * 64];
    private int[] _ones = new int[64];

    public void Set(int slot, ReadOnlySpan<float> vector)
    {
        if (slot >= _ones.Length)
        {
            var slots = Math.Max(slot + 1, _ones.Length * 2);
            Array.Resize(ref _bits, slots * _words);
            Array.Resize(ref _ones, slots);
        }
        var code = _bits.AsSpan(slot * _words, _words);
        code.Clear();
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > 0)
            {
                code[i >> 6] |= 1UL << (i & 63);
            }
        }
        var ones = 0;
        foreach (var word in code)
        {
            ones += BitOperations.PopCount(word);
        }
        _ones[slot] = ones;
    }

    public void Move(int from, int to)
    {
        _bits.AsSpan(from * _words, _words).CopyTo(_bits.AsSpan(to * _words, _words));
        _ones[to] = _ones[from];
    }

    /// <summary>The query as bit planes of its levels (plane p holds bit p of each component's level) with the
    /// level's size and the offset that turn a plane count back into a sum of components.</summary>
    public QueryPlanes Prepare(ReadOnlySpan<float> query)
    {
        var lowest = float.PositiveInfinity;
        var highest = float.NegativeInfinity;
        foreach (var component in query)
        {
            lowest = Math.Min(lowest, component);
            highest = Math.Max(highest, component);
        }
        var step = highest > lowest ? (highest - lowest) / Levels : 1f;
        var planes = new ulong[Planes * _words];
        for (var i = 0; i < query.Length; i++)
        {
            var level = (int)MathF.Round((query[i] - lowest) / step);
            for (var plane = 0; plane < Planes; plane++)
            {
                if ((level & (1 << plane)) != 0)
                {
                    planes[plane * _words + (i >> 6)] |= 1UL << (i & 63);
                }
            }
        }
        return new QueryPlanes(planes, step, lowest);
    }

    /// <summary>≈ the sum of the query's components over the dimensions where this slot's vector is positive.</summary>
    public float Score(QueryPlanes query, int slot)
    {
        var code = _bits.AsSpan(slot * _words, _words);
        var planes = query.Planes;
        var weighted = 0;
        for (var word = 0; word < code.Length; word++)
        {
            var bits = code[word];
            weighted += BitOperations.PopCount(planes[word] & bits)
                + (BitOperations.PopCount(planes[_words + word] & bits) << 1)
                + (BitOperations.PopCount(planes[2 * _words + word] & bits) << 2)
                + (BitOperations.PopCount(planes[3 * _words + word] & bits) << 3);
        }
        return weighted * query.Step + _ones[slot] * query.Lowest;
    }
}

/// <summary>A query prepared for <see cref="SignCodes.Score"/>: component ≈ Lowest + Step × level.</summary>
internal sealed record QueryPlanes(ulong[] Planes, float Step, float Lowest);
