using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>
/// Erasure of a customer who changed an order, on a real Redis: Raj Sanchez (raj_sanchez_2970,
/// raj.sanchez2046@example.com, 557 Sunset Drive Suite 454, San Diego, zip 92147, Mastercard ending 2130 saved as
/// credit_card_3362387, gift card gift_card_2259499) cancels pending #W4566809 in a conversation and his default
/// address is changed to 890 Harbor Way, 92101 (so the store holds changed records of both his order and his account), he is exported, then
/// erased; a SCAN of every key and value afterwards finds nothing of him, and the order is still there, anonymised.
/// </summary>
public sealed partial class StoreRecordsErasureTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string Raj = "raj_sanchez_2970";
    private const string Order = "#W4566809";
    private static readonly string[] WhatIdentifiesRaj =
        [Raj, "Raj", "Sanchez", "raj.sanchez2046@example.com", "557 Sunset Drive", "Suite 454", "San Diego", "92147", "2130", "3362387", "2259499", "890 Harbor Way", "92101"];

    [RedisFact]
    public async Task AfterErasingACustomerWhoChangedAnOrderRedisHoldsNothingOfThemAndTheOrderStaysAnonymised()
    {
        await using var app = await RajCancelledHisOrderAsync();
        using var admin = AdminClient(app);
        var before = await RedisContents.DumpAsync(redis.Admin);
        Assert.Contains(before, line => line.StartsWith($"ecombot:commerce:orders:{Order}", StringComparison.Ordinal));
        Assert.Contains(before, line => line.StartsWith($"ecombot:commerce:users:{Raj}", StringComparison.Ordinal));
        Assert.Contains(before, line => Mentions(line, "raj.sanchez2046@example.com"));

        using var erased = await admin.DeleteAsync($"/api/profiles/{Raj}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var after = await RedisContents.DumpAsync(redis.Admin);
        Assert.All(WhatIdentifiesRaj, needle => Assert.DoesNotContain(after, line => Mentions(line, needle)));
        var store = app.Services.GetRequiredService<ICommerceStore>();
        await Assert.ThrowsAsync<CommerceException>(() => store.FindUserIdByEmailAsync("raj.sanchez2046@example.com"));
        await Assert.ThrowsAsync<CommerceException>(() => store.FindUserIdByNameZipAsync("Raj", "Sanchez", "92147"));
        var order = await store.GetOrderAsync(Order);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.StartsWith("erased_", order.UserId, StringComparison.Ordinal);
        Assert.Equal(826.70m, order.PaymentHistory.Single(p => p.TransactionType == PaymentTransaction.Refund).Amount);
    }

    [RedisFact]
    public async Task AfterErasureTheCustomerIsNotRecognisedInAConversationAndTheExportHasNothingLeft()
    {
        await using var app = await RajCancelledHisOrderAsync();
        using var admin = AdminClient(app);
        var export = await admin.GetFromJsonAsync<JsonObject>($"/api/profiles/{Raj}/export");
        (await admin.DeleteAsync($"/api/profiles/{Raj}")).Dispose();

        var stranger = new ChannelConversation(app.CreateClient(), ChannelConversation.NewId());
        await stranger.SayTextAsync($"where is my order {Order}?");
        var byEmail = await stranger.SayTextAsync("my email is raj.sanchez2046@example.com");
        using var exportAfter = await admin.GetAsync($"/api/profiles/{Raj}/export");

        var storeRecords = export!["otherData"]!["storeRecords"]!;
        Assert.Equal("raj.sanchez2046@example.com", (string?)storeRecords["user"]!["email"]);
        Assert.Equal("cancelled", (string?)storeRecords["orders"]!.AsArray().Single(o => (string?)o!["order_id"] == Order)!["status"]);
        Assert.DoesNotContain("cancelled", byEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("pending", byEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("Raj", byEmail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, exportAfter.StatusCode);
    }

    [RedisFact]
    public async Task WhileRedisIsDownAnErasureIsRefusedWith503AndSucceedsWhenRepeatedAfterwards()
    {
        await using var server = await RedisServer.StartAsync();
        await using var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = server.ConnectionString,
            ["Profiles:AdminApiKey"] = ProfileApiTests.AdminKey,
        });
        using var admin = AdminClient(app);
        // The app connects to Redis on first use: before the outage, as in production.
        await app.Services.GetRequiredService<ICommerceStore>().GetUserAsync(Raj);

        server.Kill();
        using var refused = await admin.DeleteAsync($"/api/profiles/{Raj}");
        await server.RestartAsync();
        await Eventually.ReadyAsync(app.CreateClient());
        using var repeated = await admin.DeleteAsync($"/api/profiles/{Raj}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, repeated.StatusCode);
        await Assert.ThrowsAsync<CommerceException>(() => app.Services.GetRequiredService<ICommerceStore>().GetUserAsync(Raj));
    }

    /// <summary>A fresh Redis and an app in which Raj identified and cancelled his pending order (every profile signal applied).</summary>
    private async Task<EcomBotApp> RajCancelledHisOrderAsync()
    {
        await redis.FlushAsync();
        var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Profiles:AdminApiKey"] = ProfileApiTests.AdminKey,
        });
        await ChannelConversation.WhenReadyAsync(app.Services);
        var raj = new ChannelConversation(app.CreateClient(), ChannelConversation.NewId());
        await raj.SayTextAsync($"cancel order {Order}");
        await raj.SayTextAsync("raj.sanchez2046@example.com");
        await raj.SayTextAsync("no longer needed");
        Assert.Contains("is now cancelled", await raj.SayTextAsync("yes"), StringComparison.Ordinal);
        await app.Services.GetRequiredService<ICommerceStore>().ModifyUserAddressAsync(
            Raj, new Address("890 Harbor Way", "Apt 7", "San Diego", "USA", "CA", "92101"));
        await Eventually.SignalsSettledAsync(app.Services.GetRequiredService<ProfileSignalMetrics>(), atLeast: 8);
        return app;
    }

    private static HttpClient AdminClient(EcomBotApp app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", ProfileApiTests.AdminKey);
        return client;
    }

    /// <summary>Whole words, any case, so the card ending 2130 is not found inside an unrelated longer number.</summary>
    private static bool Mentions(string text, string needle) =>
        Regex.IsMatch(text, $@"(?<![A-Za-z0-9]){Regex.Escape(needle)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase);
}
