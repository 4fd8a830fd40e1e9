using EcomBot.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace EcomBot.TestSupport.Redis;

/// <summary>The circuit the bot puts in front of Redis, with its default break, for stores built by hand in tests.</summary>
public static class TestRedisCircuit
{
    public static RedisCircuit Over(IConnectionMultiplexer redis) =>
        new(redis, new RedisOptions().CircuitBreakDuration, TimeProvider.System, NullLogger<RedisCircuit>.Instance);
}
