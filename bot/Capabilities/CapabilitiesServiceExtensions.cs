using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Capabilities.Catalog;
using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Capabilities.Identity;
using EcomBot.Bot.Capabilities.Orders;
using EcomBot.Bot.Capabilities.Policies;
using EcomBot.Bot.Capabilities.Profile;
using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Capabilities.Recommendations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Bot.Capabilities;

public static class CapabilitiesServiceExtensions
{
    /// <summary>
    /// Registers the capability services (catalogue, policy answers, the customer's orders and account changes, cart,
    /// recommendations, profile, hand-off, customer look-up) over the store, the knowledge base and profiles. Needs
    /// commerce, profiles and knowledge registered.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotCapabilities(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProposalOptions>().BindConfiguration(ProposalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        builder.AddEcomBotCart();
        builder.AddEcomBotRecommendations();
        services.AddHttpClient<HandoffPublisher>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ShopCatalog>();
        services.AddSingleton<PolicyAnswers>();
        services.AddSingleton<CustomerOrders>();
        services.AddSingleton<AccountChanges>();
        services.AddSingleton<CustomerProfiles>();
        services.AddSingleton<SupportHandoff>();
        services.AddSingleton<CustomerLookup>();
        return builder;
    }
}
