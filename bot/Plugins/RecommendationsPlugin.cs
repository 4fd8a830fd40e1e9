using System.ComponentModel;
using EcomBot.Bot.Capabilities.Recommendations;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>Product recommendations for the shopper, from their profile and what other customers bought together.</summary>
public sealed class RecommendationsPlugin(ProductRecommendations recommendations)
{
    public const string Recommend = "recommend_products";
    public const string BoughtTogether = "bought_together";

    [KernelFunction(Recommend), Description("Recommends products for the shopper, best first, each with why (bought together with something they bought, their interests, buy again, or popular).")]
    public Task<IReadOnlyList<Recommendation>> RecommendAsync(
        Kernel kernel,
        [Description("How many, 1 to 10.")] int count = 3,
        [Description("The shopper's request when it names a kind of product ('recommend me a kettle'), else empty.")] string? request = null,
        CancellationToken cancellationToken = default) =>
        recommendations.ForShopperAsync(KernelSession.Of(kernel), Math.Clamp(count, 1, 10), string.IsNullOrWhiteSpace(request) ? null : request, cancellationToken);

    [KernelFunction(BoughtTogether), Description("Products customers often bought together with these items (for example an order just completed).")]
    public Task<IReadOnlyList<Recommendation>> BoughtTogetherAsync(
        Kernel kernel,
        [Description("Item ids of the products to relate to.")] string[] itemIds,
        CancellationToken cancellationToken) =>
        recommendations.BoughtWithAsync(KernelSession.Of(kernel), itemIds, cancellationToken);
}
