using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Knowledge;

/// <summary>The Qdrant server used when <c>Knowledge:Backend</c> is <c>Qdrant</c> (section <c>Qdrant</c>).</summary>
public sealed class QdrantOptions
{
    public const string SectionName = "Qdrant";

    /// <summary>gRPC endpoint, e.g. <c>http://localhost:6334</c>; required with the Qdrant backend.</summary>
    [Url]
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Prepended to the collection names (<c>products</c>, <c>policies</c>), so several stores can share a server.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]*$")]
    public string CollectionPrefix { get; set; } = "ecombot-";

    [Range(1, 10_000)]
    public int UpsertBatchSize { get; set; } = 256;
}
