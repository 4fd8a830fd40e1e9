using EcomBot.Bot.BotFramework;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Redis;

public sealed class RedisRegistrationTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task WithoutAConnectionStringTheBotKeepsStateInProcessAndRegistersNothingRedis()
    {
        await using var app = new RedisBotApplication(redisConnectionString: null);

        Assert.IsType<MemoryStorage>(app.Services.GetRequiredService<IStorage>());
        Assert.Null(app.Services.GetService<IConnectionMultiplexer>());
    }

    [Theory]
    [InlineData("localhost:6379,abortConnect=maybe")]
    [InlineData("localhost:6379,nosuchoption=1")]
    [InlineData("localhost:notaport")]
    public async Task MalformedConnectionStringStopsStartUpNamingTheKey(string connectionString)
    {
        var failure = await StartUp.FailureAsync(
            "Development", new Dictionary<string, string?> { ["Redis:ConnectionString"] = connectionString });

        var validation = Assert.IsType<OptionsValidationException>(failure.GetBaseException());
        Assert.Contains("Redis:ConnectionString", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Redis:KeyPrefix", "my bot")]
    [InlineData("Redis:KeyPrefix", "")]
    [InlineData("Redis:ConversationStateTimeToLive", "00:00:05")]
    public async Task InvalidRedisSettingStopsStartUpNamingTheKey(string key, string value)
    {
        var failure = await StartUp.FailureAsync("Development", new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = "localhost:6379",
            [key] = value,
        });

        Assert.Contains(key, failure.GetBaseException().Message, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task WithAConnectionStringStateGoesToRedisOverTheOneSharedConnection()
    {
        await using var app = new RedisBotApplication(redis.ConnectionString);

        var storage = app.Services.GetRequiredService<IStorage>();
        var connection = app.Services.GetRequiredService<IConnectionMultiplexer>();

        Assert.IsType<RedisStorage>(storage);
        Assert.Same(connection, app.Services.GetRequiredService<IConnectionMultiplexer>());
        Assert.True(connection.IsConnected);
    }
}
