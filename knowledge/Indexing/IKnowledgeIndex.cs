namespace EcomBot.Knowledge.Indexing;

/// <summary>
/// Where knowledge documents are stored and searched: in process (<see cref="Embedded.EmbeddedKnowledgeIndex"/>)
/// or in Qdrant (<see cref="Qdrant.QdrantKnowledgeIndex"/>). Both honour the same contract (see the contract tests).
/// </summary>
public interface IKnowledgeIndex
{
    /// <summary>Document id -> content hash of everything stored in <paramref name="collection"/> (empty when it does not exist).</summary>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string collection, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces documents by id, creating the collection if it is missing; returns when they are searchable.</summary>
    Task UpsertAsync(string collection, IReadOnlyList<KnowledgeDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes documents by id; unknown ids are ignored.</summary>
    Task DeleteAsync(string collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Hybrid search: dense and lexical candidates that pass the filter, fused by reciprocal rank.</summary>
    Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string collection, KnowledgeQuery query, CancellationToken cancellationToken = default);
}
