using EcomBot.Bot.BotFramework.InProcess;
using EcomBot.Bot.BotFramework.Messages;
using EcomBot.Bot.BotFramework.ServiceUrls;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Profiles.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

public static class BotFrameworkServiceExtensions
{
    /// <summary>Registers the adapter, authentication, state and the bot. State lives in-process unless a
    /// durable <see cref="IStorage"/> was registered first (Redis, see <c>AddEcomBotRedis</c>).</summary>
    public static IHostApplicationBuilder AddEcomBotFramework(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PublicAddressOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotAuthenticationValidator>();
        services.AddSingleton<IValidateOptions<BotOptions>, AllowedServiceUrlsValidator>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<FailedTurnRecovery>();
        services.AddSingleton<MessageEndpoint>();

        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        // CloudAdapter has two public constructors that DI finds ambiguous; build it explicitly.
        services.AddSingleton(sp => new EcomBotAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<FailedTurnRecovery>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<ILogger<EcomBotAdapter>>(),
            sp.GetService<TimeProvider>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<EcomBotAdapter>());

        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<IErasable, BotStatePersonalData>();
        services.AddSingleton<IExportable, BotStatePersonalData>();
        services.AddSingleton(sp => new ReplyRenderer(sp.GetRequiredService<IOptions<PublicAddressOptions>>().Value.PublicUrl));
        services.AddSingleton<StoreOutage>();
        services.AddTransient<IBot, EcomBotActivityHandler>();
        services.AddSingleton<BackgroundWork>();
        services.AddCliVerb<ChatVerb>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c>, the one endpoint every Bot Framework channel posts to (checked by
    /// <see cref="MessageEndpoint"/> before the adapter runs the turn).</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext context, MessageEndpoint endpoint, IBot bot) => endpoint.HandleAsync(context, bot));
        return endpoints;
    }
}
