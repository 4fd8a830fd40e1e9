using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcomBot.Integration.Tests.Profiles;

public sealed class ProfileSignalsDuringRedisOutageTests
{
    [RedisFact]
    public async Task SignalsRecordedWhileRedisIsDownAreAppliedOnceItIsBack()
    {
        await using var server = await RedisServer.StartAsync();
        using var host = BuildHost(server.ConnectionString);
        await host.StartAsync();
        var signals = host.Services.GetRequiredService<IProfileSignals>();
        var metrics = host.Services.GetRequiredService<ProfileSignalMetrics>();
        var customer = ProfileSubject.Customer("customer_1");
        signals.Record(new DetailsProvided(customer, Name: "Ana"));
        await Eventually.TrueAsync(() => metrics.Applied == 1, "the first signal is applied");

        server.Kill();
        var accepted = Enumerable.Range(1, 5)
            .Select(i => signals.Record(new OrderPlaced(customer, $"#W{i}", [new OrderedProduct("Lamp")])))
            .ToList();
        await Eventually.TrueAsync(() => metrics.Retried > 0, "applying fails while Redis is down");
        await using (await RedisOnPort.StartAsync(server.Port))
        {
            await Eventually.TrueAsync(() => metrics.Applied == 6, "the buffered signals are applied");

            var profile = await host.Services.GetRequiredService<ProfileReader>().GetAsync("customer_1");
            Assert.All(accepted, Assert.True);
            Assert.Equal(["#W1", "#W2", "#W3", "#W4", "#W5"], profile!.Profile.Orders.Keys.Order());
            Assert.Equal((0L, 0L), (metrics.Dropped, metrics.Failed));
        }
        await host.StopAsync();
    }

    private static IHost BuildHost(string redisConnectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = $"{redisConnectionString},connectTimeout=1000,asyncTimeout=1000,syncTimeout=1000",
            ["Profiles:Signals:RetryInitialDelay"] = "00:00:00.050",
            ["Profiles:Signals:RetryMaxDelay"] = "00:00:00.500",
        });
        builder.AddEcomBotProfiles();
        return builder.Build();
    }
}
