using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace EcomBot.Knowledge.Indexing.Qdrant;

/// <summary>Translates a <see cref="KnowledgeFilter"/> into a Qdrant filter: every condition in <c>must</c>.</summary>
internal static class QdrantFilters
{
    public static Filter? From(KnowledgeFilter filter)
    {
        if (filter.IsEmpty)
        {
            return null;
        }
        var result = new Filter();
        if (filter.ProductType is not null)
        {
            result.Must.Add(MatchKeyword(QdrantSchema.ProductType, filter.ProductType));
        }
        foreach (var option in filter.OptionValues)
        {
            result.Must.Add(MatchKeyword(QdrantSchema.OptionValues, option));
        }
        if (filter.MinPrice is not null || filter.MaxPrice is not null)
        {
            // One range condition on the array: it holds when a single price is inside both bounds.
            var range = new global::Qdrant.Client.Grpc.Range();
            if (filter.MinPrice is { } min)
            {
                range.Gte = min;
            }
            if (filter.MaxPrice is { } max)
            {
                range.Lte = max;
            }
            result.Must.Add(Range(QdrantSchema.Prices, range));
        }
        if (filter.Available is { } available)
        {
            result.Must.Add(Match(QdrantSchema.Available, available));
        }
        if (filter.ArticleId is not null)
        {
            result.Must.Add(MatchKeyword(QdrantSchema.ArticleId, filter.ArticleId));
        }
        return result;
    }
}
