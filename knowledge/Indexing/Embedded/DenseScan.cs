using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// Nearest neighbours by inner product (cosine on unit vectors). Small collections are scanned exactly on the float
/// vectors (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>, SIMD). From
/// <see cref="QuantisedFrom"/> documents on the scan narrows in three passes, each reading less memory per document
/// than the exact scan: the sign bits (<see cref="SignCodes"/>, 1/32 of the floats) keep
/// <see cref="SignPassShare"/> of the collection, their 8-bit codes (<see cref="QuantisedVectors"/>) keep
/// <see cref="Oversampling"/> times the candidates wanted, and those are re-scored exactly, so the returned order is
/// the float one. The benchmark prints the recall this gives against the exact scan. Large scans use every core.
/// </summary>
internal static class DenseScan
{
    /// <summary>Below this many documents the exact scan is fast enough and needs no approximation.</summary>
    public const int QuantisedFrom = 20_000;

    /// <summary>Share of the collection the sign-bit pass hands to the 8-bit pass. Enough for embeddings of a few
    /// hundred dimensions (384 for MiniLM); signs of much shorter vectors say too little to cut this deep.</summary>
    public const double SignPassShare = 0.03;

    /// <summary>Candidates the 8-bit pass hands to exact re-scoring, per result wanted.</summary>
    public const int Oversampling = 4;

    private const int MinimumRescored = 64;
    private const int ParallelThreshold = 16_384;

    /// <summary>Slots of the <paramref name="k"/> best-scoring vectors, best first.</summary>
    public static IReadOnlyList<int> TopK(
        float[] vectors, CompressedVectors compressed, int count, float[] query, int k, bool[]? allowed)
    {
        if (count == 0 || k <= 0)
        {
            return [];
        }
        if (count < QuantisedFrom)
        {
            return Scan(count, k, allowed, new FloatScorer(vectors, query)).Ranked();
        }
        var rescored = Math.Max(k * Oversampling, MinimumRescored);
        var signPass = SignPass(compressed.Signs, count, query, Math.Max(rescored, (int)(count * SignPassShare)), allowed);
        var bytes = new Int8Scorer(compressed.Bytes, QuantisedVectors.QuantiseQuery(query));
        var bytePass = new TopK(rescored);
        foreach (var slot in signPass)
        {
            bytePass.Offer(slot, bytes.Score(slot));
        }
        var exact = new TopK(k);
        foreach (var (slot, _) in bytePass.Items)
        {
            exact.Offer(slot, TensorPrimitives.Dot(query, vectors.AsSpan(slot * query.Length, query.Length)));
        }
        return exact.Ranked();
    }

    /// <summary>The exact top k, for measuring what the narrowing search recalls.</summary>
    public static IReadOnlyList<int> ExactTopK(float[] vectors, int count, float[] query, int k) =>
        count == 0 || k <= 0 ? [] : Scan(count, k, null, new FloatScorer(vectors, query)).Ranked();

    /// <summary>
    /// Slots of at least the <paramref name="wanted"/> best sign-bit estimates. The estimates go into one array and a
    /// histogram of it finds the score above which enough of them lie: linear, where a heap of thousands would not be.
    /// </summary>
    private static List<int> SignPass(SignCodes signs, int count, float[] query, int wanted, bool[]? allowed)
    {
        var prepared = signs.Prepare(query);
        var scores = System.Buffers.ArrayPool<float>.Shared.Rent(count);
        try
        {
            ForEachPart(count, (start, end) =>
            {
                for (var slot = start; slot < end; slot++)
                {
                    scores[slot] = allowed is null || allowed[slot] ? signs.Score(prepared, slot) : float.NegativeInfinity;
                }
            });
            var threshold = ScoreOfTheTop(scores.AsSpan(0, count), wanted);
            var selected = new List<int>(wanted + wanted / 4);
            for (var slot = 0; slot < count; slot++)
            {
                if (scores[slot] >= threshold)
                {
                    selected.Add(slot);
                }
            }
            return selected;
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>A score such that at least <paramref name="wanted"/> finite scores are at or above it (few more).</summary>
    private static float ScoreOfTheTop(ReadOnlySpan<float> scores, int wanted)
    {
        const int Bins = 4096;
        var lowest = float.PositiveInfinity;
        var highest = float.NegativeInfinity;
        foreach (var score in scores)
        {
            if (float.IsFinite(score))
            {
                lowest = Math.Min(lowest, score);
                highest = Math.Max(highest, score);
            }
        }
        if (!(highest > lowest))
        {
            return lowest;
        }
        var width = (highest - lowest) / Bins;
        var counts = new int[Bins];
        foreach (var score in scores)
        {
            if (float.IsFinite(score))
            {
                counts[Math.Min(Bins - 1, (int)((score - lowest) / width))]++;
            }
        }
        var atOrAbove = 0;
        for (var bin = Bins - 1; bin > 0; bin--)
        {
            atOrAbove += counts[bin];
            if (atOrAbove >= wanted)
            {
                return lowest + bin * width;
            }
        }
        return lowest;
    }

    private static void ForEachPart(int count, Action<int, int> body)
    {
        var parts = count < ParallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, 8);
        var partSize = (count + parts - 1) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts },
            part => body(part * partSize, Math.Min(count, (part + 1) * partSize)));
    }

    private static TopK Scan<TScorer>(int count, int k, bool[]? allowed, TScorer scorer)
        where TScorer : struct, ISlotScorer
    {
        var winners = new System.Collections.Concurrent.ConcurrentBag<TopK>();
        ForEachPart(count, (start, end) =>
        {
            var top = new TopK(k);
            for (var slot = start; slot < end; slot++)
            {
                if (allowed is null || allowed[slot])
                {
                    top.Offer(slot, scorer.Score(slot));
                }
            }
            winners.Add(top);
        });
        if (winners.Count == 1)
        {
            return winners.Single();
        }
        var merged = new TopK(k);
        foreach (var (slot, score) in winners.SelectMany(w => w.Items))
        {
            merged.Offer(slot, score);
        }
        return merged;
    }

    private interface ISlotScorer
    {
        float Score(int slot);
    }

    private readonly struct FloatScorer(float[] vectors, float[] query) : ISlotScorer
    {
        public float Score(int slot) => TensorPrimitives.Dot(query, vectors.AsSpan(slot * query.Length, query.Length));
    }

    /// <summary>The query's scale is the same for every slot, so it is left out: the order is what counts.</summary>
    private readonly struct Int8Scorer(QuantisedVectors vectors, short[] query) : ISlotScorer
    {
        public float Score(int slot) => Int8Dot.Dot(query, vectors.Codes(slot)) * vectors.Scale(slot);
    }
}

/// <summary>Keeps the k highest scores seen, in a min-heap so a worse candidate is rejected in O(1).</summary>
internal sealed class TopK(int k)
{
    private readonly PriorityQueue<int, float> _heap = new(k + 1);

    // The heap's minimum once full: most candidates of a large scan fall below it and are rejected by one comparison.
    private float _worst = float.NegativeInfinity;

    public IEnumerable<(int Slot, float Score)> Items => _heap.UnorderedItems.Select(i => (i.Element, i.Priority));

    public void Offer(int slot, float score)
    {
        if (_heap.Count < k)
        {
            _heap.Enqueue(slot, score);
            if (_heap.Count == k)
            {
                _heap.TryPeek(out _, out _worst);
            }
        }
        else if (score > _worst)
        {
            _heap.DequeueEnqueue(slot, score);
            _heap.TryPeek(out _, out _worst);
        }
    }

    /// <summary>Slots best first (ties by slot for a stable order).</summary>
    public IReadOnlyList<int> Ranked() =>
        Items.OrderByDescending(i => i.Score).ThenBy(i => i.Slot).Select(i => i.Slot).ToList();
}
