using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Indexing;

/// <summary>
/// A hybrid query: the dense side and the lexical side each fetch <see cref="CandidateLimit"/> candidates that
/// pass <see cref="Filter"/>, and reciprocal-rank fusion orders their union.
/// </summary>
public sealed record KnowledgeQuery(float[] Dense, SparseVector Sparse)
{
    /// <summary>Rank constant of reciprocal-rank fusion, score = Σ 1 / (k + rank); the same for every backend.</summary>
    public const int FusionK = 60;

    public KnowledgeFilter Filter { get; init; } = KnowledgeFilter.None;

    public int Limit { get; init; } = 10;

    public int CandidateLimit { get; init; } = 50;
}

/// <summary>A search result: fused rank score, the cosine similarity of its embedding to the query's, and its payload.</summary>
public sealed record KnowledgeHit(string Id, double Score, double Similarity, KnowledgePayload Payload);
