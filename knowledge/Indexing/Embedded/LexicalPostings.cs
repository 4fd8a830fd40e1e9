using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// Inverted index of the documents' BM25 term vectors. A query term's weight is multiplied by its inverse
/// document frequency over the collection, as Qdrant's IDF modifier does, so both backends rank alike.
/// </summary>
internal sealed class LexicalPostings
{
    private readonly Dictionary<uint, (int[] Slots, float[] Weights)> _terms;

    private LexicalPostings(Dictionary<uint, (int[] Slots, float[] Weights)> terms) => _terms = terms;

    public static LexicalPostings Build(IReadOnlyList<KnowledgeDocument> documents)
    {
        var lists = new Dictionary<uint, (List<int> Slots, List<float> Weights)>();
        for (var slot = 0; slot < documents.Count; slot++)
        {
            var sparse = documents[slot].Sparse;
            for (var i = 0; i < sparse.Count; i++)
            {
                if (!lists.TryGetValue(sparse.Indices[i], out var list))
                {
                    list = ([], []);
                    lists[sparse.Indices[i]] = list;
                }
                list.Slots.Add(slot);
                list.Weights.Add(sparse.Values[i]);
            }
        }
        return new LexicalPostings(lists.ToDictionary(l => l.Key, l => (l.Value.Slots.ToArray(), l.Value.Weights.ToArray())));
    }

    /// <summary>Slots of the <paramref name="k"/> best BM25 scores (only documents sharing a term score), best first.</summary>
    public IReadOnlyList<int> TopK(SparseVector query, int count, int k, bool[]? allowed)
    {
        // Accumulate into a dense score array: far cheaper than a dictionary when common terms touch many documents.
        var scores = System.Buffers.ArrayPool<float>.Shared.Rent(count);
        var touched = new List<int>();
        try
        {
            Array.Clear(scores, 0, count);
            for (var i = 0; i < query.Count; i++)
            {
                if (!_terms.TryGetValue(query.Indices[i], out var postings))
                {
                    continue;
                }
                var idf = (float)Bm25Encoder.InverseDocumentFrequency(count, postings.Slots.Length) * query.Values[i];
                for (var p = 0; p < postings.Slots.Length; p++)
                {
                    var slot = postings.Slots[p];
                    if (allowed is not null && !allowed[slot])
                    {
                        continue;
                    }
                    if (scores[slot] == 0)
                    {
                        touched.Add(slot);
                    }
                    scores[slot] += idf * postings.Weights[p];
                }
            }
            var top = new TopK(k);
            foreach (var slot in touched)
            {
                top.Offer(slot, scores[slot]);
            }
            return top.Ranked();
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(scores);
        }
    }
}
