using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EcomBot.Integration.Tests.Redis;

public sealed class HealthEndpointTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task LiveAndReadyAnswer200WithoutRedisConfigured()
    {
        await using var app = new RedisBotApplication(redisConnectionString: null);

        var (liveStatus, live) = await GetAsync(app, "/health/live");
        var (readyStatus, ready) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", (string?)live["status"]);
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Empty(ready["checks"]!.AsArray());
    }

    [RedisFact]
    public async Task ReadyReportsRedisHealthyWhileItAnswersPing()
    {
        await using var app = new RedisBotApplication(redis.ConnectionString);

        var (status, ready) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)RedisCheck(ready)["status"]);
    }

    [RedisFact]
    public async Task ReadyAnswers503NamingRedisWhenRedisGoesDownWhileLiveStaysUp()
    {
        await using var server = await RedisServer.StartAsync();
        await using var app = new RedisBotApplication(server.ConnectionString);
        var (statusWhileUp, _) = await GetAsync(app, "/health/ready");

        server.Kill();
        var (statusWhileDown, ready) = await GetAsync(app, "/health/ready");
        var (liveStatus, _) = await GetAsync(app, "/health/live");

        Assert.Equal(HttpStatusCode.OK, statusWhileUp);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, statusWhileDown);
        Assert.Equal("Unhealthy", (string?)ready["status"]);
        Assert.Equal("Unhealthy", (string?)RedisCheck(ready)["status"]);
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task BotStartsAndReportsNotReadyWhenRedisWasNeverReachable()
    {
        var nobodyListens = $"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500";
        await using var app = new RedisBotApplication(nobodyListens);

        var (liveStatus, _) = await GetAsync(app, "/health/live");
        var (readyStatus, ready) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", (string?)RedisCheck(ready)["status"]);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(RedisBotApplication app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException($"{path} returned no JSON.");
        return (response.StatusCode, body);
    }

    private static JsonObject RedisCheck(JsonObject report) =>
        Assert.Single(report["checks"]!.AsArray(), check => (string?)check!["name"] == "redis")!.AsObject();
}
