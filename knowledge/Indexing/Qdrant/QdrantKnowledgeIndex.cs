using System.Numerics.Tensors;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace EcomBot.Knowledge.Indexing.Qdrant;

/// <summary>
/// The knowledge index in Qdrant. Collections are created when missing with a named dense vector (cosine) and a
/// named sparse vector whose IDF modifier turns the stored BM25 term weights into BM25 scores, plus payload
/// indexes on every filterable field. A search prefetches dense and lexical candidates under the same filter and
/// fuses them with reciprocal-rank fusion. Upserts go in batches and wait until the points are searchable. The client
/// is the caller's: disposing the index does not dispose it.
/// </summary>
public sealed class QdrantKnowledgeIndex(QdrantClient client, int dimensions, string collectionPrefix = "ecombot-", int upsertBatchSize = 256)
    : IKnowledgeIndex, IDisposable
{
    private readonly HashSet<string> _knownCollections = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _creating = new(1, 1);

    public void Dispose() => _creating.Dispose();

    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string collection, CancellationToken cancellationToken = default)
    {
        var name = collectionPrefix + collection;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!await client.CollectionExistsAsync(name, cancellationToken))
        {
            return hashes;
        }
        PointId? offset = null;
        do
        {
            var page = await client.ScrollAsync(name, limit: 512, offset: offset,
                payloadSelector: new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { QdrantSchema.DocumentId, QdrantSchema.ContentHash } } },
                vectorsSelector: false, cancellationToken: cancellationToken);
            foreach (var point in page.Result)
            {
                hashes[point.Payload[QdrantSchema.DocumentId].StringValue] = point.Payload[QdrantSchema.ContentHash].StringValue;
            }
            offset = page.NextPageOffset;
        }
        while (offset is not null);
        return hashes;
    }

    public async Task UpsertAsync(string collection, IReadOnlyList<KnowledgeDocument> documents, CancellationToken cancellationToken = default)
    {
        var name = collectionPrefix + collection;
        await EnsureCollectionAsync(name, cancellationToken);
        foreach (var batch in documents.Chunk(upsertBatchSize))
        {
            var points = batch.Select(ToPoint).ToList();
            await client.UpsertAsync(name, points, wait: true, cancellationToken: cancellationToken);
        }
    }

    public async Task DeleteAsync(string collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var name = collectionPrefix + collection;
        if (ids.Count == 0 || !await client.CollectionExistsAsync(name, cancellationToken))
        {
            return;
        }
        await client.DeleteAsync(name, ids.Select(QdrantPayload.PointIdOf).ToList(), wait: true, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string collection, KnowledgeQuery query, CancellationToken cancellationToken = default)
    {
        var name = collectionPrefix + collection;
        if (!await client.CollectionExistsAsync(name, cancellationToken))
        {
            return [];
        }
        var filter = QdrantFilters.From(query.Filter);
        var prefetch = new List<PrefetchQuery>
        {
            new() { Query = query.Dense, Using = QdrantSchema.DenseVector, Filter = filter, Limit = (ulong)query.CandidateLimit },
        };
        if (query.Sparse.Count > 0)
        {
            prefetch.Add(new() { Query = (query.Sparse.Values, query.Sparse.Indices), Using = QdrantSchema.LexicalVector, Filter = filter, Limit = (ulong)query.CandidateLimit });
        }
        var points = await client.QueryAsync(name,
            query: new Rrf { K = KnowledgeQuery.FusionK },
            prefetch: prefetch,
            limit: (ulong)query.Limit,
            payloadSelector: true,
            vectorsSelector: new WithVectorsSelector { Include = new VectorsSelector { Names = { QdrantSchema.DenseVector } } },
            cancellationToken: cancellationToken);
        return points.Select(p => ToHit(p, query.Dense)).ToList();
    }

    private async Task EnsureCollectionAsync(string name, CancellationToken cancellationToken)
    {
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (_knownCollections.Contains(name))
            {
                return;
            }
            if (!await client.CollectionExistsAsync(name, cancellationToken))
            {
                await client.CreateCollectionAsync(QdrantSchema.CollectionFor(name, dimensions), cancellationToken);
                foreach (var (field, type) in QdrantSchema.PayloadIndexes)
                {
                    await client.CreatePayloadIndexAsync(name, field, type, wait: true, cancellationToken: cancellationToken);
                }
            }
            _knownCollections.Add(name);
        }
        finally
        {
            _creating.Release();
        }
    }

    private static PointStruct ToPoint(KnowledgeDocument document)
    {
        var point = new PointStruct
        {
            Id = QdrantPayload.PointIdOf(document.Id),
            Vectors = new Dictionary<string, Vector>
            {
                [QdrantSchema.DenseVector] = document.Dense,
                [QdrantSchema.LexicalVector] = (document.Sparse.Values, document.Sparse.Indices),
            },
        };
        QdrantPayload.Write(point.Payload, document.Id, document.ContentHash, document.Payload);
        return point;
    }

    private static KnowledgeHit ToHit(ScoredPoint point, float[] queryVector)
    {
        var similarity = 0f;
        if (point.Vectors?.Vectors?.Vectors is { } named && named.TryGetValue(QdrantSchema.DenseVector, out var dense)
            && dense?.GetDenseVector()?.Data is { Count: > 0 } values)
        {
            similarity = TensorPrimitives.CosineSimilarity(queryVector, values.ToArray());
        }
        return new KnowledgeHit(point.Payload[QdrantSchema.DocumentId].StringValue, point.Score, similarity, QdrantPayload.Read(point.Payload));
    }
}
