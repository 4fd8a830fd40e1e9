using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace EcomBot.Bot.State;

/// <summary>Ready only while Redis answers PING and the <see cref="RedisCircuit"/> lets calls through: without it the bot
/// can neither load nor save a conversation.</summary>
public sealed class RedisHealthCheck(RedisConnection connection, RedisCircuit circuit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Still connecting, or a disconnected multiplexer that fails every command: answer at once instead.
        if (connection.Current is not { IsConnected: true } redis)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected.");
        }
        if (circuit.IsOpen)
        {
            return HealthCheckResult.Unhealthy("Redis timed out recently; stores fail fast until the break is over.");
        }
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PING answered in {latency.TotalMilliseconds:0.###} ms.");
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer PING.", failure);
        }
    }
}
