using EcomBot.Bot.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EcomBot.Bot.State;

public static class RedisServiceExtensions
{
    /// <summary>
    /// Registers the one shared <see cref="IConnectionMultiplexer"/> (connected while the host starts, <see cref="RedisConnection"/>), the <see cref="RedisCircuit"/> in front of it and
    /// its readiness check when <c>Redis:ConnectionString</c> is set; does nothing otherwise. Features that keep data in
    /// Redis take the circuit and <see cref="RedisOptions.KeyPrefix"/> from the container, and may each call this method.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotRedis(this IHostApplicationBuilder builder)
    {
        var alreadyAdded = builder.Services.Any(service => service.ServiceType == typeof(RedisHealthCheck));
        if (alreadyAdded || !RedisOptions.IsConfigured(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
        builder.Services.TryAddSingleton(sp => sp.GetRequiredService<RedisConnection>().Multiplexer);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new RedisCircuit(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<RedisOptions>>().Value.CircuitBreakDuration,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RedisCircuit>>()));
        builder.Services.AddSingleton<RedisHealthCheck>();
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "redis", sp => sp.GetRequiredService<RedisHealthCheck>(), HealthStatus.Unhealthy, [HealthTags.Ready],
            TimeSpan.FromSeconds(5)));
        return builder;
    }
}
