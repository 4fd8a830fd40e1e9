using System.Diagnostics;
using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Lexical;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace EcomBot.Knowledge.Ingestion;

/// <summary>
/// The ingestion pipeline for one collection: (documents arrive parsed and chunked) -> content hashes decide what
/// changed -> embed the changed ones in batches -> BM25 term vectors -> upsert -> delete what the source no longer has.
/// Running it twice on the same source writes nothing the second time.
/// </summary>
/// <remarks>
/// BM25 length normalisation uses the average length of the whole source at the time a document is written;
/// unchanged documents keep the weights they were written with, a drift that stays small while the corpus changes
/// by small amounts.
/// </remarks>
public sealed partial class KnowledgeIngestor(
    IKnowledgeIndex index,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    ILogger<KnowledgeIngestor> logger)
{
    private const int EmbeddingBatchSize = 64;

    public async Task<IngestReport> IngestAsync(string collection, IReadOnlyList<SourceDocument> sources, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var duplicate = sources.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two documents of '{collection}' share the id '{duplicate.Key}'.");
        }

        var model = embeddings.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? embeddings.GetType().Name;
        var existing = await index.GetContentHashesAsync(collection, cancellationToken);
        var hashed = sources.Select(s => (Source: s, Hash: ContentHash.Of(s, model))).ToList();
        var changed = hashed.Where(h => existing.GetValueOrDefault(h.Source.Id) != h.Hash).ToList();
        var removed = existing.Keys.Except(sources.Select(s => s.Id), StringComparer.Ordinal).ToList();

        if (changed.Count > 0)
        {
            var lexicalTerms = sources.ToDictionary(s => s.Id, s => (IReadOnlyCollection<string>)TextAnalyzer.Terms(s.LexicalText));
            var bm25 = Bm25Encoder.ForCorpus(lexicalTerms.Values);
            var documents = new List<KnowledgeDocument>(changed.Count);
            foreach (var batch in changed.Chunk(EmbeddingBatchSize))
            {
                var vectors = await embeddings.GenerateAsync(batch.Select(b => b.Source.EmbeddingText), cancellationToken: cancellationToken);
                for (var i = 0; i < batch.Length; i++)
                {
                    var (source, hash) = batch[i];
                    documents.Add(new KnowledgeDocument(
                        source.Id, hash, source.Payload,
                        VectorMath.Normalized(vectors[i].Vector.Span),
                        bm25.EncodeDocument(lexicalTerms[source.Id])));
                }
            }
            await index.UpsertAsync(collection, documents, cancellationToken);
        }
        if (removed.Count > 0)
        {
            await index.DeleteAsync(collection, removed, cancellationToken);
        }

        var report = new IngestReport(collection, sources.Count, changed.Count, sources.Count - changed.Count, removed.Count, clock.Elapsed);
        LogIngested(report.Collection, report.Documents, report.Written, report.Unchanged, report.Deleted, report.Elapsed.TotalSeconds);
        return report;
    }

    [LoggerMessage(LogLevel.Information, "Ingested {Collection}: {Documents} documents, {Written} written, {Unchanged} unchanged, {Deleted} deleted in {Seconds:F1} s")]
    private partial void LogIngested(string collection, int documents, int written, int unchanged, int deleted, double seconds);
}
