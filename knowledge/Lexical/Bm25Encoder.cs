namespace EcomBot.Knowledge.Lexical;

/// <summary>
/// BM25 split the way Qdrant's sparse vectors with the IDF modifier expect it: a document carries only its
/// saturated, length-normalised term frequencies; a query carries weight 1 per term; the index multiplies by the
/// inverse document frequency it keeps for the collection. Term ids are 32-bit FNV-1a hashes of the terms.
/// </summary>
public sealed class Bm25Encoder(double averageDocumentLength, double k1 = 1.2, double b = 0.75)
{
    /// <summary>Average term count of the documents being indexed; BM25's length normalisation is relative to it.</summary>
    public double AverageDocumentLength { get; } = Math.Max(1, averageDocumentLength);

    public static Bm25Encoder ForCorpus(IEnumerable<IReadOnlyCollection<string>> documentTerms)
    {
        var lengths = documentTerms.Select(t => t.Count).DefaultIfEmpty(1).ToList();
        return new Bm25Encoder(lengths.Average());
    }

    /// <summary>The document side: term id -> tf(k1 + 1) / (tf + k1(1 - b + b·len/avglen)).</summary>
    public SparseVector EncodeDocument(IReadOnlyCollection<string> terms)
    {
        var norm = k1 * (1 - b + b * terms.Count / AverageDocumentLength);
        var weights = terms
            .GroupBy(TermId)
            .Select(g => (Id: g.Key, Weight: (float)(g.Count() * (k1 + 1) / (g.Count() + norm))));
        return Build(weights);
    }

    /// <summary>The query side: each distinct term once with weight 1.</summary>
    public static SparseVector EncodeQuery(IEnumerable<string> terms) =>
        Build(terms.Select(TermId).Distinct().Select(id => (id, 1f)));

    /// <summary>Inverse document frequency as Qdrant computes it for the IDF modifier.</summary>
    public static double InverseDocumentFrequency(int documentCount, int documentsWithTerm) =>
        Math.Log(1 + (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5));

    public static uint TermId(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    private static SparseVector Build(IEnumerable<(uint Id, float Weight)> weights)
    {
        var sorted = weights.OrderBy(w => w.Id).ToArray();
        return new SparseVector(sorted.Select(w => w.Id).ToArray(), sorted.Select(w => w.Weight).ToArray());
    }
}
