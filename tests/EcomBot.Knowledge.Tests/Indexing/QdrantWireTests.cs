using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Qdrant;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static EcomBot.Knowledge.Tests.Indexing.TestDocuments;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>The exact gRPC requests the Qdrant adapter sends, captured by an interceptor on the client's call invoker.</summary>
public sealed class QdrantWireTests : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress("http://127.0.0.1:9");
    private readonly RecordingInterceptor _server = new();
    private readonly QdrantKnowledgeIndex _index;

    public QdrantWireTests()
    {
        var client = new QdrantClient(new QdrantGrpcClient(_channel.Intercept(_server)));
        _index = new QdrantKnowledgeIndex(client, Dimensions, collectionPrefix: "shop-", upsertBatchSize: 2);
    }

    [Fact]
    public async Task AMissingCollectionIsCreatedWithNamedDenseAndIdfSparseVectorsAndPayloadIndexes()
    {
        await _index.UpsertAsync("products", [Product("a", "Lamp", Towards(0))]);

        var create = Assert.Single(_server.Sent<CreateCollection>());
        Assert.Equal("shop-products", create.CollectionName);
        var dense = create.VectorsConfig.ParamsMap.Map["dense"];
        Assert.Equal((ulong)Dimensions, dense.Size);
        Assert.Equal(Distance.Cosine, dense.Distance);
        Assert.Equal(Modifier.Idf, create.SparseVectorsConfig.Map["lexical"].Modifier);
        Assert.Equal(
            [("article_id", FieldType.Keyword), ("available", FieldType.Bool), ("doc_id", FieldType.Keyword),
             ("option_values", FieldType.Keyword), ("prices", FieldType.Float), ("product_type", FieldType.Keyword)],
            _server.Sent<CreateFieldIndexCollection>().Select(i => (i.FieldName, i.FieldType)).OrderBy(i => i.FieldName, StringComparer.Ordinal));
        Assert.All(_server.Sent<CreateFieldIndexCollection>(), i => Assert.True(i.Wait));
    }

    [Fact]
    public async Task AnExistingCollectionIsLeftAsItIs()
    {
        _server.CollectionExists = true;

        await _index.UpsertAsync("products", [Product("a", "Lamp", Towards(0))]);

        Assert.Empty(_server.Sent<CreateCollection>());
        Assert.Empty(_server.Sent<CreateFieldIndexCollection>());
    }

    [Fact]
    public async Task UpsertsGoInBatchesThatWaitWithBothNamedVectorsAndTheTypedPayload()
    {
        _server.CollectionExists = true;
        var documents = new[] { Product("a", "Lamp", Towards(0), 12.5m, true, "", ("color", "black")), Product("b", "Hose", Towards(1)), Product("c", "Mat", Towards(2)) };

        await _index.UpsertAsync("products", documents);

        var upserts = _server.Sent<UpsertPoints>().ToList();
        Assert.Equal([2, 1], upserts.Select(u => u.Points.Count));
        Assert.All(upserts, u => Assert.True(u.Wait));
        var point = upserts[0].Points[0];
        Assert.Equal(QdrantPayload.PointIdOf("a").ToString(), point.Id.Uuid);
        Assert.Equal(documents[0].Dense, point.Vectors.Vectors_.Vectors["dense"].Dense.Data);
        Assert.Equal(documents[0].Sparse.Indices, point.Vectors.Vectors_.Vectors["lexical"].Sparse.Indices);
        Assert.Equal("a", point.Payload["doc_id"].StringValue);
        Assert.Equal("lamp", point.Payload["product_type"].StringValue);
        Assert.Equal("color=black", Assert.Single(point.Payload["option_values"].ListValue.Values).StringValue);
        Assert.Equal(12.5, Assert.Single(point.Payload["prices"].ListValue.Values).DoubleValue);
        Assert.True(point.Payload["available"].BoolValue);
    }

    [Fact]
    public async Task SearchPrefetchesDenseAndLexicalUnderTheSameFilterAndFusesByReciprocalRank()
    {
        _server.CollectionExists = true;
        var filter = new KnowledgeFilter { ProductType = "t-shirt", OptionValues = ["color=blue"], MinPrice = 10, MaxPrice = 30, Available = true };

        await _index.SearchAsync("products", Query(Towards(0), "blue shirt") with { Filter = filter, Limit = 4, CandidateLimit = 40 });

        var query = Assert.Single(_server.Sent<QueryPoints>());
        Assert.Equal("shop-products", query.CollectionName);
        Assert.Equal(KnowledgeQuery.FusionK, (int)query.Query.Rrf.K);
        Assert.Equal(4ul, query.Limit);
        Assert.Equal(["dense"], query.WithVectors.Include.Names);
        Assert.True(query.WithPayload.Enable);
        Assert.Equal(["dense", "lexical"], query.Prefetch.Select(p => p.Using));
        Assert.All(query.Prefetch, p => Assert.Equal(40ul, p.Limit));
        Assert.Equal(Towards(0), query.Prefetch[0].Query.Nearest.Dense.Data);
        Assert.Equal(2, query.Prefetch[1].Query.Nearest.Sparse.Indices.Count);
        foreach (var prefetch in query.Prefetch)
        {
            var must = prefetch.Filter.Must.Select(c => c.Field).ToList();
            Assert.Equal(["product_type", "option_values", "prices", "available"], must.Select(f => f.Key));
            Assert.Equal("t-shirt", must[0].Match.Keyword);
            Assert.Equal("color=blue", must[1].Match.Keyword);
            Assert.Equal((10.0, 30.0), (must[2].Range.Gte, must[2].Range.Lte));
            Assert.True(must[3].Match.Boolean);
        }
    }

    [Fact]
    public async Task HitsCarryTheStoredPayloadAndTheCosineToTheQuery()
    {
        _server.CollectionExists = true;
        var stored = Product("a", "Lamp", Towards(0), 12.5m, true, "", ("color", "black"));
        var point = new ScoredPoint { Id = QdrantPayload.PointIdOf("a"), Score = 0.03f, Vectors = new VectorsOutput { Vectors = new NamedVectorsOutput() } };
        point.Vectors.Vectors.Vectors["dense"] = new VectorOutput { Dense = new DenseVector { Data = { stored.Dense } } };
        QdrantPayload.Write(point.Payload, stored.Id, stored.ContentHash, stored.Payload);
        _server.QueryResults.Add(point);

        var hit = Assert.Single(await _index.SearchAsync("products", Query(Towards(0))));

        Assert.Equal("a", hit.Id);
        Assert.Equal(1.0, hit.Similarity, precision: 4);
        Assert.Equal(0.03, hit.Score, precision: 4);
        Assert.Equal(stored.Payload.Variants[0].Options, Assert.Single(hit.Payload.Variants).Options);
    }

    [Fact]
    public async Task DeletesAddressPointsByTheIdsDerivedFromDocumentIdsAndWait()
    {
        _server.CollectionExists = true;

        await _index.DeleteAsync("policies", ["policy:returns", "policy:refunds"]);

        var delete = Assert.Single(_server.Sent<DeletePoints>());
        Assert.Equal("shop-policies", delete.CollectionName);
        Assert.True(delete.Wait);
        Assert.Equal([QdrantPayload.PointIdOf("policy:returns").ToString(), QdrantPayload.PointIdOf("policy:refunds").ToString()],
            delete.Points.Points.Ids.Select(i => i.Uuid));
    }

    public void Dispose() => _channel.Dispose();
}
