using System.Diagnostics;
using EcomBot.Knowledge.Catalog;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Lexical;
using EcomBot.Knowledge.Search;
using Microsoft.Extensions.AI;

namespace EcomBot.Tools.Knowledge;

/// <summary>
/// Measures the embedded index at a given size: ingestion throughput (with the real embedding model up to
/// <c>embedLimit</c> products, with precomputed random vectors beyond, which is said in the output), and query
/// latency p50/p99 of the index alone, with the query embedding timed separately.
/// </summary>
public sealed class KnowledgeBenchmark(IEmbeddingGenerator<string, Embedding<float>> embeddings, int dimensions, TextWriter output)
{
    private static readonly string[] Questions = ["red cotton t-shirt size M", "silver laptop", "black leather backpack", "waterproof running shoes", "glass tea kettle", "quiet desk lamp", "green yoga mat", "smart watch with leather strap"];

    public async Task RunAsync(int products, int queries, int embedLimit, CancellationToken cancellationToken = default)
    {
        var sources = SyntheticCatalog.Products(products).Select(ProductDocuments.From).ToList();
        using var index = new EmbeddedKnowledgeIndex(dimensions);

        var clock = Stopwatch.StartNew();
        if (products <= embedLimit)
        {
            var ingestor = new KnowledgeIngestor(index, embeddings, Microsoft.Extensions.Logging.Abstractions.NullLogger<KnowledgeIngestor>.Instance);
            await ingestor.IngestAsync(KnowledgeCollections.Products, sources, cancellationToken);
            Report(products, "ingest with MiniLM embeddings", clock.Elapsed);
        }
        else
        {
            var random = new Random(7);
            var terms = sources.Select(s => (IReadOnlyCollection<string>)TextAnalyzer.Terms(s.LexicalText)).ToList();
            var bm25 = Bm25Encoder.ForCorpus(terms);
            var documents = sources.Select((s, i) => new KnowledgeDocument(s.Id, "synthetic", s.Payload, SyntheticCatalog.RandomUnitVector(random, dimensions), bm25.EncodeDocument(terms[i]))).ToList();
            clock.Restart();
            await index.UpsertAsync(KnowledgeCollections.Products, documents, cancellationToken);
            Report(products, "index with precomputed random vectors (no model)", clock.Elapsed);
        }
        sources.Clear();

        var encoder = new QueryEncoder(embeddings);
        var encoded = new List<KnowledgeQuery>();
        var embedTimes = new List<double>();
        for (var i = 0; i < Math.Min(queries, 64); i++)
        {
            clock.Restart();
            encoded.Add(await encoder.EncodeAsync(Questions[i % Questions.Length] + (i >= Questions.Length ? $" {i}" : ""), cancellationToken));
            embedTimes.Add(clock.Elapsed.TotalMilliseconds);
        }
        await index.SearchAsync(KnowledgeCollections.Products, encoded[0], cancellationToken);

        var searchTimes = new List<double>(queries);
        var filtered = new List<double>(queries);
        var denseOnly = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var query = encoded[i % encoded.Count] with { Limit = 10 };
            clock.Restart();
            await index.SearchAsync(KnowledgeCollections.Products, query, cancellationToken);
            searchTimes.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await index.SearchAsync(KnowledgeCollections.Products, query with { Filter = new KnowledgeFilter { MaxPrice = 100, Available = true } }, cancellationToken);
            filtered.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await index.SearchAsync(KnowledgeCollections.Products, query with { Sparse = SparseVector.Empty }, cancellationToken);
            denseOnly.Add(clock.Elapsed.TotalMilliseconds);
        }
        var (recall, searchedP50, exactP50) = DenseSideAgainstExactScan(index, encoded);
        output.WriteLine($"{products,9:N0} products: query p50={Percentile(searchTimes, 50):F2} ms p99={Percentile(searchTimes, 99):F2} ms | with price+availability filter p50={Percentile(filtered, 50):F2} ms p99={Percentile(filtered, 99):F2} ms | dense side alone p50={Percentile(denseOnly, 50):F2} ms | query embedding p50={Percentile(embedTimes, 50):F2} ms | dense top 10 p50={searchedP50:F2} ms, recall@10={recall:F3} against an exact float scan p50={exactP50:F2} ms ({queries} queries)");
    }

    /// <summary>How many of the exact top 10 the dense side finds (1.0 below the size where the compact passes
    /// start), and both scans' p50 measured alternately, so a busy machine slows both alike.</summary>
    private static (double Recall, double SearchedP50, double ExactP50) DenseSideAgainstExactScan(
        EmbeddedKnowledgeIndex index, List<KnowledgeQuery> queries)
    {
        var found = 0;
        var wanted = 0;
        var searchedTimes = new List<double>();
        var exactTimes = new List<double>();
        var clock = new Stopwatch();
        foreach (var query in queries)
        {
            clock.Restart();
            var searched = index.DenseTopK(KnowledgeCollections.Products, query.Dense, 10, exact: false);
            searchedTimes.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var exact = index.DenseTopK(KnowledgeCollections.Products, query.Dense, 10, exact: true);
            exactTimes.Add(clock.Elapsed.TotalMilliseconds);
            found += exact.Intersect(searched).Count();
            wanted += exact.Count;
        }
        return (wanted == 0 ? 1 : (double)found / wanted, Percentile(searchedTimes, 50), Percentile(exactTimes, 50));
    }

    private void Report(int products, string what, TimeSpan elapsed) =>
        output.WriteLine($"{products,9:N0} products: {what}: {elapsed.TotalSeconds:F2} s, {products / Math.Max(elapsed.TotalSeconds, 1e-9):N0} products/s");

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
