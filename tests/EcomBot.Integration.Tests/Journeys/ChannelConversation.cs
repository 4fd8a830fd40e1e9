using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Journeys;

/// <summary>
/// One customer's conversation as a channel carries it: each message is an activity POSTed to <c>/api/messages</c>
/// with <c>deliveryMode: expectReplies</c>, so the bot's replies come back in the HTTP response.
/// </summary>
internal sealed class ChannelConversation(HttpClient client, string id)
{
    public const string ChannelId = "emulator";

    public string Id { get; } = id;

    /// <summary>Waits, as the app's warm-up does, until the learned intent model is loaded or trained, so the first
    /// message is classified rather than answered with a clarifying question.</summary>
    public static Task WhenReadyAsync(IServiceProvider services) =>
        services.GetRequiredService<IntentModelProvider>().GetModelAsync(CancellationToken.None);

    public static string NewId() => $"journey-{Guid.NewGuid():N}";

    public async Task<IReadOnlyList<ChannelReply>> SayAsync(string text)
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            text,
            channelId = ChannelId,
            serviceUrl = "http://localhost:1",
            deliveryMode = "expectReplies",
            from = new { id = "customer-1", role = "user" },
            recipient = new { id = "bot", role = "bot" },
            conversation = new { id = Id },
        };
        using var response = await client.PostAsync("/api/messages", BotJson.Body(activity));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var replies = body?["activities"]?.AsArray()
            .Where(reply => (string?)reply?["type"] == "message")
            .Select(reply => new ChannelReply(
                (string?)reply?["text"] ?? "",
                reply?["suggestedActions"]?["actions"]?.AsArray().Select(a => (string?)a?["title"] ?? "").ToList() ?? []))
            .ToList() ?? [];
        Assert.NotEmpty(replies);
        return replies;
    }

    /// <summary>The turn's replies as one text, as a customer reads them.</summary>
    public async Task<string> SayTextAsync(string text) =>
        string.Join("\n\n", (await SayAsync(text)).Select(r => r.Text));
}

/// <summary>A reply as the channel shows it: its text and the buttons offered with it.</summary>
internal sealed record ChannelReply(string Text, IReadOnlyList<string> SuggestedActions);
