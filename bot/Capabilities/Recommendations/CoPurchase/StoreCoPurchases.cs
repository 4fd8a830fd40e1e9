using EcomBot.Bot.Commerce.History;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Recommendations.CoPurchase;

/// <summary>The co-purchase model of the store's anonymised order history, learned on first use and kept: the history
/// does not change much while the bot runs (new orders only add a little signal).</summary>
public sealed class StoreCoPurchases(IOrderHistory history, IOptions<RecommendationOptions> options)
{
    private readonly Lazy<Task<CoPurchaseModel>> _model = new(async () =>
        CoPurchaseModel.Learn(await history.ListAsync(CancellationToken.None), options.Value.MinimumCoPurchases, options.Value.SameOrderWeight));

    public Task<CoPurchaseModel> ModelAsync(CancellationToken cancellationToken) => _model.Value.WaitAsync(cancellationToken);
}
