using EcomBot.Knowledge.Indexing;

namespace EcomBot.Knowledge.Ingestion;

/// <summary>
/// A parsed and chunked document before it is embedded: its stable id, the text the embedding model reads, the
/// text the lexical side counts terms in (it may weight the name more), and the payload to store.
/// </summary>
public sealed record SourceDocument(string Id, string EmbeddingText, string LexicalText, KnowledgePayload Payload);
