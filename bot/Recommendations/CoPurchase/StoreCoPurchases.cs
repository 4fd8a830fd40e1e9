using EcomBot.Bot.Commerce;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Recommendations.CoPurchase;

/// <summary>The co-purchase model of the demo store's order history, learned on first use and kept: the history
/// shipped in <c>db.json</c> does not change while the bot runs (new orders only add a little signal).</summary>
public sealed class StoreCoPurchases(StoreDatabase database, IOptions<RecommendationOptions> options)
{
    private readonly Lazy<CoPurchaseModel> _model = new(
        () => CoPurchaseModel.Learn(database.Orders.Values, options.Value.MinimumCoPurchases, options.Value.SameOrderWeight),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public CoPurchaseModel Model => _model.Value;
}
