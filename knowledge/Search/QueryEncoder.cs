using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Lexical;
using Microsoft.Extensions.AI;

namespace EcomBot.Knowledge.Search;

/// <summary>Turns a question into a hybrid query the same way documents were indexed: unit-length embedding plus BM25 query terms.</summary>
public sealed class QueryEncoder(IEmbeddingGenerator<string, Embedding<float>> embeddings)
{
    public async Task<KnowledgeQuery> EncodeAsync(string text, CancellationToken cancellationToken = default)
    {
        var embedding = await embeddings.GenerateAsync([text], cancellationToken: cancellationToken);
        return new KnowledgeQuery(VectorMath.Normalized(embedding[0].Vector.Span), Bm25Encoder.EncodeQuery(TextAnalyzer.Terms(text)));
    }

    /// <summary>Unit-length embeddings of several texts in one batch, comparable with a query's dense side.</summary>
    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var generated = await embeddings.GenerateAsync(texts, cancellationToken: cancellationToken);
        return generated.Select(e => VectorMath.Normalized(e.Vector.Span)).ToList();
    }
}
