using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Integration.Tests.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>Export and erasure on Redis: a customer who chatted, was identified and ordered is exported in full,
/// then erased so that nothing about them is left on the server.</summary>
public sealed class ProfileErasureTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string CustomerId = "mia_garcia_4516";
    private static readonly string[] WhatIdentifiesHer = [CustomerId, "Mia Garcia", "mia.garcia@example.com", "user-mia-7", "conv-mia-7"];
    private static readonly ChannelUser Mia = new("emulator", "user-mia-7");

    [RedisFact]
    public async Task AfterEraseAScanOfRedisFindsNothingAboutTheCustomer()
    {
        await using var app = await MiaChattedAndOrderedAsync();
        using var client = AdminClient(app);
        var before = await RedisContents.DumpAsync(redis.Admin);
        Assert.Contains(before, line => line.Contains("Mia Garcia", StringComparison.Ordinal));
        Assert.Contains(before, line => line.Contains("mia.garcia@example.com", StringComparison.Ordinal));

        using var erased = await client.DeleteAsync($"/api/profiles/{CustomerId}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var after = await RedisContents.DumpAsync(redis.Admin);
        Assert.All(WhatIdentifiesHer, needle =>
            Assert.DoesNotContain(after, line => line.Contains(needle, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(after, line => line.Contains("Noah Brown", StringComparison.Ordinal));
        using var gone = await client.GetAsync($"/api/profiles/{CustomerId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [RedisFact]
    public async Task TheExportHoldsTheProfileAndTheConversationState()
    {
        await using var app = await MiaChattedAndOrderedAsync();
        using var client = AdminClient(app);

        var export = await client.GetFromJsonAsync<JsonObject>($"/api/profiles/{CustomerId}/export");

        var profile = export!["profile"]!;
        Assert.Equal(("Mia Garcia", "New"), ((string?)profile["name"], (string?)profile["lifecycleStage"]));
        Assert.Equal("user-mia-7", (string?)profile["channelUsers"]![0]!["userId"]);
        Assert.True(profile["marketingConsent"]!["emulator"]!["granted"]!.GetValue<bool>());
        Assert.NotNull(profile["orders"]!["#W-mia-1"]);
        var conversationState = export["otherData"]!["botState"]!["emulator/conversations/conv-mia-7"];
        Assert.Contains("mia.garcia@example.com", conversationState!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("conv-mia-7", (string?)export["otherData"]!["openConversations"]![0]!["conversationId"]);
    }

    /// <summary>A fresh Redis and an app in which Mia chatted, was identified and ordered (all signals applied).</summary>
    private async Task<RedisBotApplication> MiaChattedAndOrderedAsync()
    {
        await redis.FlushAsync();
        var app = new RedisBotApplication(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Profiles:AdminApiKey"] = ProfileApiTests.AdminKey,
        });
        await HaveAConversationAndOrderAsync(app);
        return app;
    }

    private static HttpClient AdminClient(RedisBotApplication app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", ProfileApiTests.AdminKey);
        return client;
    }

    private static async Task HaveAConversationAndOrderAsync(RedisBotApplication app)
    {
        await app.SendAsync(new JsonObject
        {
            ["type"] = "message",
            ["conversation"] = new JsonObject { ["id"] = "conv-mia-7" },
            ["from"] = new JsonObject { ["id"] = Mia.UserId },
            ["text"] = "Hi, this is Mia Garcia, mia.garcia@example.com, where is my order?",
        });
        var signals = app.Services.GetRequiredService<IProfileSignals>();
        var visitor = ProfileSubject.Of(Mia);
        var customer = ProfileSubject.Customer(CustomerId);
        ProfileSignal[] happened =
        [
            new MessageExchanged(visitor, Mia.Channel, ContactDirection.Inbound, "conv-mia-7"),
            new InterestShown(visitor, InterestSource.Search, "Hiking Boots", new Dictionary<string, string> { ["size"] = "12" }),
            new CustomerIdentified(Mia, CustomerId, "Mia Garcia"),
            new OrderPlaced(customer, "#W-mia-1", [new OrderedProduct("Hiking Boots")]),
            new MarketingConsentGiven(customer, Mia.Channel, Granted: true),
            new MessageExchanged(customer, Mia.Channel, ContactDirection.Outbound, "conv-mia-7"),
            new DetailsProvided(ProfileSubject.Customer("noah_brown_1"), Name: "Noah Brown"),
        ];
        foreach (var signal in happened)
        {
            Assert.True(signals.Record(signal));
        }
        // The turn itself records at least the contact both ways (inbound and the bot's answer) besides the signals above.
        const int turnSignals = 2;
        await Eventually.SignalsSettledAsync(app.Services.GetRequiredService<ProfileSignalMetrics>(), happened.Length + turnSignals);
    }
}
