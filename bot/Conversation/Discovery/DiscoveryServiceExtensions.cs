using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

public static class DiscoveryServiceExtensions
{
    /// <summary>
    /// Registers guided product search, the cart and recommendations flows. Call after intent routing: card button
    /// messages are read by pattern in front of whichever classifier is registered.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotDiscovery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CartActions>();
        builder.Services.AddSingleton<ShownItemsCart>();
        builder.Services.AddEcomBotFlow<DiscoveryFlow>();
        builder.Services.AddEcomBotFlow<CartFlow>();
        builder.Services.AddEcomBotFlow<RecommendFlow>();
        DecorateClassifier(builder.Services);
        return builder;
    }

    private static void DecorateClassifier(IServiceCollection services)
    {
        var registered = services.LastOrDefault(s => s.ServiceType == typeof(IIntentClassifier));
        if (registered is null)
        {
            return;
        }
        services.Remove(registered);
        services.AddSingleton<IIntentClassifier>(sp => new CardButtonIntents(Resolve(sp, registered)));
    }

    private static IIntentClassifier Resolve(IServiceProvider services, ServiceDescriptor registered) =>
        (IIntentClassifier)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
