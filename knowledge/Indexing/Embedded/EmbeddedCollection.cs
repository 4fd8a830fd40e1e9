using System.Buffers;
using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// One collection held in memory: embeddings in a single contiguous array with compact copies for the first passes of
/// large scans (<see cref="DenseScan"/>), term postings for BM25, the payloads and their filter columns. Deletes move the last document into the hole, so storage stays dense.
/// Not thread-safe by itself: <see cref="EmbeddedKnowledgeIndex"/> guards it with a reader-writer lock.
/// </summary>
internal sealed class EmbeddedCollection(int dimensions)
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<KnowledgeDocument> _documents = [];
    private readonly CompressedVectors _compressed = new(dimensions);
    private float[] _vectors = new float[dimensions * 64];
    private LexicalPostings? _postings;
    private FilterColumns? _filters;

    public int Dimensions => dimensions;

    public int Count => _documents.Count;

    public IReadOnlyList<KnowledgeDocument> Documents => _documents;

    public IReadOnlyDictionary<string, string> ContentHashes() =>
        _documents.ToDictionary(d => d.Id, d => d.ContentHash, StringComparer.Ordinal);

    public void Upsert(KnowledgeDocument document)
    {
        if (document.Dense.Length != dimensions)
        {
            throw new ArgumentException($"Document '{document.Id}' has {document.Dense.Length} dimensions; the collection has {dimensions}.", nameof(document));
        }
        if (!_slots.TryGetValue(document.Id, out var slot))
        {
            slot = _documents.Count;
            _slots[document.Id] = slot;
            _documents.Add(document);
            EnsureVectorCapacity(slot + 1);
        }
        _documents[slot] = document;
        document.Dense.CopyTo(_vectors.AsSpan(slot * dimensions, dimensions));
        _compressed.Set(slot, document.Dense);
        Changed();
    }

    public void Delete(string id)
    {
        if (!_slots.Remove(id, out var slot))
        {
            return;
        }
        var last = _documents.Count - 1;
        if (slot != last)
        {
            var moved = _documents[last];
            _documents[slot] = moved;
            _slots[moved.Id] = slot;
            _vectors.AsSpan(last * dimensions, dimensions).CopyTo(_vectors.AsSpan(slot * dimensions, dimensions));
            _compressed.Move(last, slot);
        }
        _documents.RemoveAt(last);
        Changed();
    }

    /// <summary>Rebuilds the term postings and filter columns if documents changed since the last search; call under the write lock.</summary>
    public void PrepareForSearch()
    {
        _postings ??= LexicalPostings.Build(_documents);
        _filters ??= FilterColumns.Build(_documents);
    }

    public bool IsReadyForSearch => _postings is not null && _filters is not null;

    public IReadOnlyList<KnowledgeHit> Search(KnowledgeQuery query)
    {
        var postings = _postings ?? throw new InvalidOperationException("PrepareForSearch must run after a change.");
        var filters = _filters ?? throw new InvalidOperationException("PrepareForSearch must run after a change.");
        // Pooled: a fresh mask per query at 100k+ documents would be a large-object allocation and provoke full GCs.
        var allowed = query.Filter.IsEmpty ? null : ArrayPool<bool>.Shared.Rent(_documents.Count);
        try
        {
            if (allowed is not null)
            {
                filters.Evaluate(query.Filter, allowed, _documents.Count);
            }
            var dense = DenseScan.TopK(_vectors, _compressed, _documents.Count, query.Dense, query.CandidateLimit, allowed);
            var lexical = postings.TopK(query.Sparse, _documents.Count, query.CandidateLimit, allowed);
            return Fuse(query, dense, lexical);
        }
        finally
        {
            if (allowed is not null)
            {
                ArrayPool<bool>.Shared.Return(allowed);
            }
        }
    }

    private List<KnowledgeHit> Fuse(KnowledgeQuery query, IReadOnlyList<int> dense, IReadOnlyList<int> lexical)
    {
        var fused = new Dictionary<int, double>();
        AddRanks(fused, dense);
        AddRanks(fused, lexical);
        var hits = new List<KnowledgeHit>(fused.Count);
        foreach (var (slot, score) in fused)
        {
            var similarity = TensorPrimitives.Dot(query.Dense, _vectors.AsSpan(slot * dimensions, dimensions));
            hits.Add(new KnowledgeHit(_documents[slot].Id, score, similarity, _documents[slot].Payload));
        }
        return hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Similarity).Take(query.Limit).ToList();
    }

    private static void AddRanks(Dictionary<int, double> fused, IReadOnlyList<int> ranked)
    {
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            fused[ranked[rank]] = fused.GetValueOrDefault(ranked[rank]) + 1.0 / (KnowledgeQuery.FusionK + rank + 1);
        }
    }

    /// <summary>The dense side's top k, exact or as searches find it; for the benchmark's recall and timing figures.</summary>
    public IReadOnlyList<int> DenseTopK(float[] query, int k, bool exact) => exact
        ? DenseScan.ExactTopK(_vectors, _documents.Count, query, k)
        : DenseScan.TopK(_vectors, _compressed, _documents.Count, query, k, null);

    private void Changed()
    {
        _postings = null;
        _filters = null;
    }

    private void EnsureVectorCapacity(int documents)
    {
        if (documents * dimensions > _vectors.Length)
        {
            Array.Resize(ref _vectors, Math.Max(documents * dimensions, _vectors.Length * 2));
        }
    }
}
