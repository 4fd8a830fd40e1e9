using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Finds purchasable variants for a shopper's words. Products are retrieved by hybrid search (price limits,
/// availability, product type and required options as index filters); then every variant of the candidate
/// products is ranked by how relevant its product is (meaning, and how much of the product's name the query
/// contains) and by which of its option values the query names. Each result says why it matched.
/// </summary>
public sealed class ProductSearch(IKnowledgeIndex index, QueryEncoder encoder)
{
    private const int CandidateProducts = 8;
    private const double ProductWeight = 2.0;
    private const double AvailableBonus = 0.05;

    public async Task<IReadOnlyList<ProductMatch>> SearchAsync(ProductSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Text);
        var (written, rest) = PriceLimits.Parse(request.Text);
        var prices = new PriceLimits(request.MinPrice ?? written.Min, request.MaxPrice ?? written.Max);
        var required = request.RequiredOptions.ToDictionary(o => o.Key.Trim().ToLowerInvariant(), o => o.Value.Trim().ToLowerInvariant());

        var query = await encoder.EncodeAsync(rest.Length > 0 ? rest : request.Text, cancellationToken);
        query = query with
        {
            Limit = CandidateProducts,
            Filter = new KnowledgeFilter
            {
                ProductType = request.ProductType?.Trim().ToLowerInvariant(),
                OptionValues = required.Select(o => OptionValue.Format(o.Key, o.Value)).ToList(),
                MinPrice = (double?)prices.Min,
                MaxPrice = (double?)prices.Max,
                Available = request.AvailableOnly ? true : null,
            },
        };
        var products = await index.SearchAsync(KnowledgeCollections.Products, query, cancellationToken);

        var queryTerms = TextAnalyzer.TermSet(rest);
        return products
            .SelectMany(product => RankVariants(product, queryTerms, prices, required, request.AvailableOnly))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Price)
            .Take(request.Limit)
            .ToList();
    }

    private static IEnumerable<ProductMatch> RankVariants(
        KnowledgeHit product, IReadOnlySet<string> queryTerms, PriceLimits prices, Dictionary<string, string> required, bool availableOnly)
    {
        var nameTerms = TextAnalyzer.TermSet(product.Payload.Title);
        var nameCoverage = nameTerms.Count == 0 ? 0 : (double)nameTerms.Count(queryTerms.Contains) / nameTerms.Count;
        var relevance = Math.Max(0, product.Similarity) + nameCoverage;

        foreach (var variant in product.Payload.Variants)
        {
            if (!prices.Contains(variant.Price) || (availableOnly && !variant.Available) || !HasAll(variant, required))
            {
                continue;
            }
            var options = OptionMatcher.Match(variant.Options, queryTerms);
            var score = ProductWeight * relevance + options.Score + (variant.Available ? AvailableBonus : 0);
            yield return new ProductMatch(
                product.Payload.ProductId ?? product.Id, product.Payload.Title, variant.ItemId, variant.Options,
                variant.Price, variant.Available, score, options.Matched, Explain(product.Payload.Title, nameCoverage, options, prices));
        }
    }

    private static bool HasAll(VariantPayload variant, Dictionary<string, string> required) =>
        required.All(r => variant.Options.Any(o =>
            string.Equals(o.Key, r.Key, StringComparison.OrdinalIgnoreCase) && string.Equals(o.Value, r.Value, StringComparison.OrdinalIgnoreCase)));

    private static string Explain(string productName, double nameCoverage, OptionMatch options, PriceLimits prices)
    {
        var parts = new List<string>
        {
            nameCoverage >= 1 ? $"{productName} named in the query" : $"{productName} is similar to the query",
        };
        if (options.Matched.Count > 0)
        {
            parts.Add("options " + string.Join(", ", options.Matched.Select(o => $"{o.Key} {o.Value}")));
        }
        if (!prices.IsEmpty)
        {
            parts.Add($"price {prices}");
        }
        return string.Join("; ", parts);
    }
}
