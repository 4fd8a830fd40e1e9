using Qdrant.Client.Grpc;

namespace EcomBot.Knowledge.Indexing.Qdrant;

/// <summary>Names of the vectors and payload fields in a knowledge collection, and the payload indexes they get.</summary>
internal static class QdrantSchema
{
    public const string DenseVector = "dense";
    public const string LexicalVector = "lexical";

    public const string DocumentId = "doc_id";
    public const string ContentHash = "content_hash";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Text = "text";
    public const string ArticleId = "article_id";
    public const string Section = "section";
    public const string Anchor = "anchor";
    public const string ProductId = "product_id";
    public const string ProductType = "product_type";
    public const string OptionValues = "option_values";
    public const string Prices = "prices";
    public const string Available = "available";
    public const string Variants = "variants";

    /// <summary>Every field a <see cref="KnowledgeFilter"/> can test, plus the document id the adapter looks points up by.</summary>
    public static readonly IReadOnlyList<(string Field, PayloadSchemaType Type)> PayloadIndexes =
    [
        (DocumentId, PayloadSchemaType.Keyword),
        (ProductType, PayloadSchemaType.Keyword),
        (OptionValues, PayloadSchemaType.Keyword),
        (Prices, PayloadSchemaType.Float),
        (Available, PayloadSchemaType.Bool),
        (ArticleId, PayloadSchemaType.Keyword),
    ];

    public static CreateCollection CollectionFor(string name, int dimensions) => new()
    {
        CollectionName = name,
        VectorsConfig = new VectorsConfig
        {
            ParamsMap = new VectorParamsMap { Map = { [DenseVector] = new VectorParams { Size = (ulong)dimensions, Distance = Distance.Cosine } } },
        },
        SparseVectorsConfig = new SparseVectorConfig { Map = { [LexicalVector] = new SparseVectorParams { Modifier = Modifier.Idf } } },
    };
}
