using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// Nearest neighbours by inner product (cosine on unit vectors). Small collections are scanned exactly on the float
/// vectors (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>, SIMD). From
/// <see cref="QuantisedFrom"/> documents on, a first pass scores the 8-bit copy (<see cref="QuantisedVectors"/>, a
/// fourth of the memory to read) for <see cref="Oversampling"/> times the candidates wanted, and those are re-scored
/// exactly, so the returned order and scores are the float ones. Large scans are split across the cores.
/// </summary>
internal static class DenseScan
{
    /// <summary>Below this many documents the exact scan is as fast as the two-pass one and needs no re-scoring.</summary>
    public const int QuantisedFrom = 20_000;

    /// <summary>Candidates kept by the approximate pass per result wanted; the benchmark reports the recall it gives.</summary>
    public const int Oversampling = 4;

    private const int MinimumRescored = 64;
    private const int ParallelThreshold = 16_384;

    /// <summary>Slots of the <paramref name="k"/> best-scoring vectors, best first.</summary>
    public static IReadOnlyList<int> TopK(
        float[] vectors, QuantisedVectors? quantised, int count, float[] query, int k, bool[]? allowed)
    {
        if (count == 0 || k <= 0)
        {
            return [];
        }
        var dimensions = query.Length;
        if (quantised is null || count < QuantisedFrom)
        {
            return Scan(count, k, allowed, new FloatScorer(vectors, query)).Ranked();
        }
        var (codes, _) = QuantisedVectors.QuantiseQuery(query);
        var candidates = Scan(count, Math.Max(k * Oversampling, MinimumRescored), allowed, new Int8Scorer(quantised, codes));
        var exact = new TopK(k);
        foreach (var (slot, _) in candidates.Items)
        {
            exact.Offer(slot, TensorPrimitives.Dot(query, vectors.AsSpan(slot * dimensions, dimensions)));
        }
        return exact.Ranked();
    }

    /// <summary>The exact top k, for measuring what the two-pass search recalls.</summary>
    public static IReadOnlyList<int> ExactTopK(float[] vectors, int count, float[] query, int k) =>
        count == 0 || k <= 0 ? [] : Scan(count, k, null, new FloatScorer(vectors, query)).Ranked();

    private static TopK Scan<TScorer>(int count, int k, bool[]? allowed, TScorer scorer)
        where TScorer : struct, ISlotScorer
    {
        var parts = count < ParallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, 8);
        var partSize = (count + parts - 1) / parts;
        var winners = new TopK[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var top = new TopK(k);
            var end = Math.Min(count, (part + 1) * partSize);
            for (var slot = part * partSize; slot < end; slot++)
            {
                if (allowed is null || allowed[slot])
                {
                    top.Offer(slot, scorer.Score(slot));
                }
            }
            winners[part] = top;
        });
        if (parts == 1)
        {
            return winners[0];
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
