using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Profiles.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Profiles;

public sealed class ProfilesRegistrationTests
{
    [Theory]
    [InlineData("Profiles:Lifecycle:AtRiskAfterDays", "200", "Profiles:Lifecycle:AtRiskAfterDays must be less than Profiles:Lifecycle:LapsedAfterDays")]
    [InlineData("Profiles:Lifecycle:LoyalMinimumOrders", "1", "Profiles:Lifecycle:LoyalMinimumOrders")]
    [InlineData("Profiles:Interests:HalfLife", "00:10:00", "Profiles:Interests:HalfLife")]
    [InlineData("Profiles:Signals:QueueCapacity", "0", "Profiles:Signals:QueueCapacity")]
    [InlineData("Profiles:AdminApiKey", "short", "Profiles:AdminApiKey")]
    public async Task AWrongSettingFailsAtStartUpNamingTheKey(string key, string value, string expectedMessage)
    {
        using var host = Build(new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutRedisProfilesAreKeptInProcessAndSignalsAreApplied()
    {
        using var host = Build([]);
        await host.StartAsync();
        var signals = host.Services.GetRequiredService<IProfileSignals>();
        var metrics = host.Services.GetRequiredService<ProfileSignalMetrics>();

        Assert.True(signals.Record(new DetailsProvided(ProfileSubject.Customer("customer_1"), Name: "Ana")));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (metrics.Applied < 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.IsType<InMemoryProfileStore>(host.Services.GetRequiredService<IProfileStore>());
        Assert.Equal("Ana", (await host.Services.GetRequiredService<ProfileReader>().GetAsync("customer_1"))?.Profile.Name);
        await host.StopAsync();
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddEcomBotProfiles();
        return builder.Build();
    }
}
