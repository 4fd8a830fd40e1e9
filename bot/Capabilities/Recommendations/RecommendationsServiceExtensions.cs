using EcomBot.Bot.Capabilities.Recommendations.CoPurchase;

namespace EcomBot.Bot.Capabilities.Recommendations;

public static class RecommendationsServiceExtensions
{
    /// <summary>Registers recommendations: the co-purchase model (learned on first use from the anonymised order
    /// history) and the capability flows, outreach and a chat model reach through the recommendations plugin.</summary>
    public static IHostApplicationBuilder AddEcomBotRecommendations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RecommendationOptions>()
            .BindConfiguration(RecommendationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<StoreCoPurchases>();
        builder.Services.AddSingleton<ProductRecommendations>();
        return builder;
    }
}
