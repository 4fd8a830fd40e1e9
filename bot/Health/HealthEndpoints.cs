using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace EcomBot.Bot.Health;

public static class HealthEndpoints
{
    /// <summary>Registers the health check service; features add their checks tagged <see cref="HealthTags.Ready"/>.</summary>
    public static IHostApplicationBuilder AddEcomBotHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c>: the process is up and serving (runs no checks, so a dependency outage never gets the
    /// process restarted). <c>/health/ready</c>: every dependency check passes; 503 otherwise, so a load balancer
    /// stops sending turns.
    /// </summary>
    public static IEndpointRouteBuilder MapEcomBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportJson.WriteAsync,
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportJson.WriteAsync,
        });
        return endpoints;
    }
}
