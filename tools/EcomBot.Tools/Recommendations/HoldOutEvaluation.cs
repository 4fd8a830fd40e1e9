using EcomBot.Bot.Commerce.History;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Capabilities.Recommendations.CoPurchase;

namespace EcomBot.Tools.Recommendations;

/// <summary>Hit rate of one ranking on the held-back customers: the share whose last order held a product new to
/// them that was among the top <c>K</c> recommended from their earlier orders.</summary>
public sealed record HoldOutResult(string Ranking, int Customers, IReadOnlyDictionary<int, double> HitRateAtK);

/// <summary>
/// Offline check of the co-purchase ranking on the demo store's order history, five-fold over customers: customers
/// are split by their sorted position, and each fold is ranked by a model learned from the other folds' orders only. For each held-back customer with
/// at least two orders, their earlier orders are what they own and the products new to them in their last order are
/// what they "went on to buy". Popularity alone is the baseline to beat.
/// </summary>
public static class HoldOutEvaluation
{
    public static IReadOnlyList<HoldOutResult> Run(StoreDatabase database, RecommendationOptions options, IReadOnlyList<int> ks)
    {
        const int Folds = 5;
        var customers = database.Users.Keys.Order(StringComparer.Ordinal).ToList();
        var configured = new RecommendationRanker(options);
        var popularityOnly = new RecommendationRanker(new RecommendationOptions
        {
            CoPurchaseWeight = 0,
            ConsumableProductTypes = options.ConsumableProductTypes,
        });
        var configuredHits = ks.ToDictionary(k => k, _ => 0);
        var popularityHits = ks.ToDictionary(k => k, _ => 0);
        var caseCount = 0;
        for (var fold = 0; fold < Folds; fold++)
        {
            var heldBack = customers.Where((_, i) => i % Folds == fold).ToHashSet(StringComparer.Ordinal);
            // The evaluation holds customers back by id, so it learns from its own anonymous view of the orders the others placed.
            var model = CoPurchaseModel.Learn(
                database.Orders.Values.Where(o => !heldBack.Contains(o.UserId))
                    .Select(o => new AnonymousOrder(o.UserId, o.Status, [.. o.Items.Select(i => i.ProductId)])),
                options.MinimumCoPurchases, options.SameOrderWeight);
            var cases = heldBack.Select(id => Case(database, database.Users[id])).OfType<(PurchaseHistory Before, HashSet<string> Next)>().ToList();
            caseCount += cases.Count;
            CountHits(configured, database, model, cases, configuredHits);
            CountHits(popularityOnly, database, model, cases, popularityHits);
        }
        return [Result("co-purchase + popularity", configuredHits, caseCount), Result("popularity only", popularityHits, caseCount)];
    }

    private static HoldOutResult Result(string ranking, Dictionary<int, int> hits, int cases) =>
        new(ranking, cases, hits.ToDictionary(h => h.Key, h => cases == 0 ? 0 : (double)h.Value / cases));

    private static (PurchaseHistory Before, HashSet<string> Next)? Case(StoreDatabase database, User user)
    {
        var orders = user.Orders.Select(id => database.Orders[id]).Where(o => o.Status != OrderStatus.Cancelled).ToList();
        if (orders.Count < 2)
        {
            return null;
        }
        var before = new PurchaseHistory(orders[..^1].SelectMany(o => o.Items)
            .GroupBy(i => i.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal));
        var next = orders[^1].Items.Select(i => i.ProductId).Where(p => !before.Owns(p)).ToHashSet(StringComparer.Ordinal);
        return next.Count == 0 ? null : (before, next);
    }

    private static void CountHits(
        RecommendationRanker ranker, StoreDatabase database, CoPurchaseModel model,
        List<(PurchaseHistory Before, HashSet<string> Next)> cases, Dictionary<int, int> hits)
    {
        var deepest = hits.Keys.Max();
        foreach (var (before, next) in cases)
        {
            var ranked = ranker.Rank(database.Products.Values, [], [], before, before, model, deepest);
            foreach (var k in hits.Keys.ToArray())
            {
                if (ranked.Take(k).Any(r => next.Contains(r.Product.ProductId)))
                {
                    hits[k]++;
                }
            }
        }
    }
}
