using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Indexing;

/// <summary>
/// A document ready to be written: stable id, the hash of everything it was built from (so an unchanged document
/// is not rewritten), its payload, a unit-length dense embedding and its BM25 term vector.
/// </summary>
public sealed record KnowledgeDocument(string Id, string ContentHash, KnowledgePayload Payload, float[] Dense, SparseVector Sparse);
