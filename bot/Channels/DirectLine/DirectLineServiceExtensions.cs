using EcomBot.Bot.BotFramework.ServiceUrls;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.State;
using Microsoft.Extensions.Options;
using EcomBot.Bot.Channels.DirectLine.Limits;
using StackExchange.Redis;

namespace EcomBot.Bot.Channels.DirectLine;

public static class DirectLineServiceExtensions
{
    public const string RoutePrefix = "/v3/directline";

    /// <summary>Registers the self-hosted Direct Line: options, tokens, the conversation store and the rate and stream
    /// counters (in Redis when <c>Redis:ConnectionString</c> is set, in-process otherwise) and its part in privacy export and erasure, delivery to the bot,
    /// and the credentials factory that lets the adapter call our own connector endpoints.</summary>
    public static IHostApplicationBuilder AddEcomBotDirectLine(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversationIds>();
        services.AddSingleton<DirectLineCallerReader>();
        services.AddSingleton<DirectLineConnectorUrl>();
        services.AddSingleton<DirectLineStreamUrls>();
        services.AddSingleton<DirectLineBotDelivery>();
        builder.AddEcomBotRedis();
        if (RedisOptions.IsConfigured(builder.Configuration))
        {
            services.AddSingleton<IDirectLineConversationStore>(sp => new RedisDirectLineConversationStore(
                sp.GetRequiredService<IConnectionMultiplexer>(),
                sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix,
                sp.GetRequiredService<IOptions<DirectLineOptions>>(),
                sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IDirectLineQuotas>(sp => new RedisDirectLineQuotas(
                sp.GetRequiredService<IConnectionMultiplexer>(),
                sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix,
                sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddSingleton<IDirectLineConversationStore, InMemoryDirectLineConversationStore>();
            services.AddSingleton<IDirectLineQuotas, InMemoryDirectLineQuotas>();
        }
        services.AddSingleton<DirectLinePersonalData>();
        services.AddSingleton<IErasable>(sp => sp.GetRequiredService<DirectLinePersonalData>());
        services.AddSingleton<IExportable>(sp => sp.GetRequiredService<DirectLinePersonalData>());
        // ConfigurationBotFrameworkAuthentication takes an optional ServiceClientCredentialsFactory from DI; this one
        // wraps the standard, configuration-driven factory.
        services.AddSingleton<ServiceClientCredentialsFactory>(sp => new SelfHostedConnectorCredentialsFactory(
            new ConfigurationServiceClientCredentialFactory(sp.GetRequiredService<IConfiguration>()),
            sp.GetRequiredService<DirectLineConnectorUrl>(),
            sp.GetRequiredService<DirectLineTokens>(),
            sp.GetRequiredService<ServiceUrlPolicy>()));
        return builder;
    }

    /// <summary>Maps the client-facing Direct Line 3.0 routes under <c>/v3/directline</c> and the connector routes the bot replies to.</summary>
    public static IEndpointRouteBuilder MapEcomBotDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix);
        group.MapDirectLineTokens();
        group.MapDirectLineConversations();
        group.MapDirectLineStream();
        endpoints.MapDirectLineConnector();
        return endpoints;
    }
}
