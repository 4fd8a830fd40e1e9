using EcomBot.Bot.BotFramework;
using EcomBot.Bot.State;
using EcomBot.Integration.Tests.Hosting;
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
    [InlineData("Redis:ConnectTimeout", "00:00:00")]
    [InlineData("Redis:OperationTimeout", "00:05:00")]
    [InlineData("Redis:CircuitBreakDuration", "00:00:00.010")]
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

    [RedisFact]
    public async Task TheConnectionIsOpenedWhileTheHostStartsNotByTheFirstTurn()
    {
        await using var app = new RedisBotApplication(redis.ConnectionString);
        _ = app.Server;

        var opened = app.Services.GetRequiredService<RedisConnection>().Current;

        Assert.NotNull(opened);
        Assert.True(opened.IsConnected);
        Assert.Same(opened, app.Services.GetRequiredService<IConnectionMultiplexer>());
    }

    [RedisFact]
    public async Task TheConnectionFailsFastWithTheConfiguredTimeoutsWhateverTheConnectionStringSays()
    {
        await using var app = new RedisBotApplication(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = $"{redis.ConnectionString},syncTimeout=15000,asyncTimeout=15000",
            ["Redis:OperationTimeout"] = "00:00:00.750",
        });

        var configuration = ConfigurationOptions.Parse(app.Services.GetRequiredService<IConnectionMultiplexer>().Configuration);

        Assert.Equal((750, 750, 2000), (configuration.SyncTimeout, configuration.AsyncTimeout, configuration.ConnectTimeout));
        Assert.False(app.Services.GetRequiredService<IOptions<RedisOptions>>().Value.ToConfigurationOptions().BacklogPolicy.QueueWhileDisconnected);
    }
}
