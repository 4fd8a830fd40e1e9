using EcomBot.Bot.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Recommendations.CoPurchase;

namespace EcomBot.Bot.Recommendations;

public static class RecommendationsServiceExtensions
{
    /// <summary>Registers recommendations: the co-purchase model (learned on first use), the service outreach and
    /// order flows call, and the "recommend something" flow and <c>eval recommendations</c>. Needs commerce and profiles registered.</summary>
    public static IHostApplicationBuilder AddEcomBotRecommendations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RecommendationOptions>()
            .BindConfiguration(RecommendationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<StoreCoPurchases>();
        builder.Services.AddSingleton<RecommendationService>();
        builder.Services.AddSingleton<ICheckoutSuggestions, CheckoutRecommendations>();
        builder.Services.AddSingleton<IConversationFlow, RecommendFlow>();
        return builder;
    }
}
