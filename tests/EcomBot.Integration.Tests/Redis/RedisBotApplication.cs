using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EcomBot.Integration.Tests.Redis;

/// <summary>The whole bot in-process (Development, no app id) with the given Redis settings; each instance is
/// a fresh service provider, so disposing one and starting another is a restart.</summary>
internal sealed class RedisBotApplication(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public RedisBotApplication(string? redisConnectionString)
        : this(new Dictionary<string, string?> { ["Redis:ConnectionString"] = redisConnectionString })
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in SharedMachineRedisSettings.With(settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Posts an activity to <c>/api/messages</c> with <c>expectReplies</c> and returns the replies' texts.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        activity["channelId"] ??= "emulator";
        activity["serviceUrl"] ??= "http://localhost";
        activity["recipient"] ??= new JsonObject { ["id"] = "bot" };
        activity["from"] ??= new JsonObject { ["id"] = "customer-1" };
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray()
            .Where(reply => (string?)reply?["type"] == "message")
            .Select(reply => (string?)reply?["text"] ?? "")
            .ToList() ?? [];
    }

    public static JsonObject CustomerJoins(string conversationId) => new()
    {
        ["type"] = "conversationUpdate",
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "customer-1" }),
    };

    public static JsonObject CustomerSays(string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
    };
}
