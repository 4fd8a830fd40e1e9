using EcomBot.Bot.Cli;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Replay;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EcomBot.Bot.Commerce;

public static class CommerceServiceExtensions
{
    /// <summary>The key the Redis state registration reads too; whoever registers the multiplexer first wins.</summary>
    public const string RedisConnectionStringKey = "Redis:ConnectionString";

    /// <summary>Registers the embedded demo store, its change store (Redis when configured) and <c>eval replay</c>.</summary>
    public static IHostApplicationBuilder AddEcomBotCommerce(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CommerceOptions>()
            .BindConfiguration(CommerceOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(o.ResolvedDatabasePath), $"{CommerceOptions.SectionName}:{nameof(CommerceOptions.DatabasePath)} names no file.")
            .ValidateOnStart();

        services.AddSingleton(sp => StoreDatabase.Load(sp.GetRequiredService<IOptions<CommerceOptions>>().Value.ResolvedDatabasePath));

        var redisConnectionString = builder.Configuration[RedisConnectionStringKey];
        if (string.IsNullOrWhiteSpace(redisConnectionString))
        {
            services.AddSingleton<ICommerceChangeStore, InMemoryCommerceChangeStore>();
        }
        else
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisConnectionString));
            services.AddSingleton<ICommerceChangeStore>(sp => new RedisCommerceChangeStore(
                sp.GetRequiredService<IConnectionMultiplexer>(),
                sp.GetRequiredService<IOptions<CommerceOptions>>().Value.RedisKeyPrefix));
        }

        services.AddSingleton<ICommerceStore>(sp => new DemoCommerceStore(
            sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<ICommerceChangeStore>()));
        services.AddCliVerb<EvalReplayVerb>();
        return builder;
    }
}
