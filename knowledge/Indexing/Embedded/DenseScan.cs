using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// Exact nearest neighbours by inner product (cosine on unit vectors): every stored vector is scored with
/// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> (SIMD). Large collections are split
/// across the cores, each part keeping its own top k, and the parts' winners merged.
/// </summary>
internal static class DenseScan
{
    private const int ParallelThreshold = 16_384;

    /// <summary>Slots of the <paramref name="k"/> best-scoring vectors, best first.</summary>
    public static IReadOnlyList<int> TopK(float[] vectors, int count, int dimensions, float[] query, int k, bool[]? allowed)
    {
        if (count == 0 || k <= 0)
        {
            return [];
        }
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
                    top.Offer(slot, TensorPrimitives.Dot(query, vectors.AsSpan(slot * dimensions, dimensions)));
                }
            }
            winners[part] = top;
        });
        var merged = new TopK(k);
        foreach (var (slot, score) in winners.SelectMany(w => w.Items))
        {
            merged.Offer(slot, score);
        }
        return merged.Ranked();
    }
}

/// <summary>Keeps the k highest scores seen, in a min-heap so a worse candidate is rejected in O(1).</summary>
internal sealed class TopK(int k)
{
    private readonly PriorityQueue<int, float> _heap = new(k + 1);

    public IEnumerable<(int Slot, float Score)> Items => _heap.UnorderedItems.Select(i => (i.Element, i.Priority));

    public void Offer(int slot, float score)
    {
        if (_heap.Count < k)
        {
            _heap.Enqueue(slot, score);
        }
        else if (_heap.TryPeek(out _, out var worst) && score > worst)
        {
            _heap.DequeueEnqueue(slot, score);
        }
    }

    /// <summary>Slots best first (ties by slot for a stable order).</summary>
    public IReadOnlyList<int> Ranked() =>
        Items.OrderByDescending(i => i.Score).ThenBy(i => i.Slot).Select(i => i.Slot).ToList();
}
