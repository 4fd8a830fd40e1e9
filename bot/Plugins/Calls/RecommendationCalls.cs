using EcomBot.Bot.Capabilities.Recommendations;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct RecommendationCalls(TurnFunctions functions)
{
    public Task<IReadOnlyList<Recommendation>> RecommendAsync(int count, string? request, CancellationToken cancellationToken) =>
        functions.CallAsync<IReadOnlyList<Recommendation>>(PluginNames.Recommendations, RecommendationsPlugin.Recommend,
            new() { ["count"] = count, ["request"] = request }, cancellationToken);

    public Task<IReadOnlyList<Recommendation>> BoughtTogetherAsync(IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        functions.CallAsync<IReadOnlyList<Recommendation>>(PluginNames.Recommendations, RecommendationsPlugin.BoughtTogether,
            new() { ["itemIds"] = itemIds.ToArray() }, cancellationToken);
}
