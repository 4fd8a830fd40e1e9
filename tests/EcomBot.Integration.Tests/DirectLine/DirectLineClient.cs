using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>The Direct Line 3.0 calls Web Chat makes, over HTTP, for the tests to drive.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public sealed record Conversation(string Id, string Token, string StreamUrl);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null) =>
        http.SendAsync(BotJson.Request(method, "v3/directline/" + path, bearer, content));

    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request) => http.SendAsync(request);

    public async Task<string> GenerateTokenAsync(string? secret = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "tokens/generate", secret);
        response.EnsureSuccessStatusCode();
        return (await BotJson.ReadAsync(response))["token"]!.GetValue<string>();
    }

    /// <summary>A token for <paramref name="userId"/>, as the shop's back end mints one for a shopper it has signed in.</summary>
    public async Task<string> GenerateTokenForAsync(string secret, string userId)
    {
        using var response = await SendAsync(HttpMethod.Post, "tokens/generate", secret, BotJson.Body(new { user = new { id = userId } }));
        response.EnsureSuccessStatusCode();
        return (await BotJson.ReadAsync(response))["token"]!.GetValue<string>();
    }

    public async Task<Conversation> StartAsync(string bearer)
    {
        using var response = await SendAsync(HttpMethod.Post, "conversations", bearer);
        response.EnsureSuccessStatusCode();
        var body = await BotJson.ReadAsync(response);
        return new Conversation(
            body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>(), body["streamUrl"]!.GetValue<string>());
    }

    public async Task<Conversation> StartWithNewTokenAsync() => await StartAsync(await GenerateTokenAsync());

    public Task<HttpResponseMessage> PostTextAsync(string conversationId, string? bearer, string text) =>
        SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", bearer,
            BotJson.Body(new { type = "message", text, from = new { id = "someone-else" } }));

    public Task<HttpResponseMessage> GetActivitiesAsync(string conversationId, string? bearer, string watermark = "") =>
        SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", bearer);

    /// <summary>The texts of the bot's messages in the conversation so far.</summary>
    public async Task<IReadOnlyList<string>> BotTextsAsync(Conversation conversation)
    {
        using var response = await GetActivitiesAsync(conversation.Id, conversation.Token);
        response.EnsureSuccessStatusCode();
        return BotTexts((await BotJson.ReadAsync(response))["activities"]!.AsArray());
    }

    /// <summary>Every activity in the conversation, read page by page as a polling client does. Parsed as deep as
    /// logs hold activities (128 levels), deeper than System.Text.Json's default.</summary>
    public async Task<List<JsonNode>> AllActivitiesAsync(Conversation conversation)
    {
        var activities = new List<JsonNode>();
        var watermark = "";
        while (true)
        {
            using var response = await GetActivitiesAsync(conversation.Id, conversation.Token, watermark);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
            var page = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!;
            var pageActivities = page["activities"]!.AsArray();
            if (pageActivities.Count == 0)
            {
                return activities;
            }
            activities.AddRange(pageActivities.Select(a => a!.DeepClone()));
            watermark = page["watermark"]!.GetValue<string>();
        }
    }

    /// <summary>One whole WebSocket message: its type and text.</summary>
    public static async Task<(WebSocketMessageType Type, string Text)> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return (result.MessageType, Encoding.UTF8.GetString(message.ToArray()));
    }

    public static IReadOnlyList<string> BotTexts(JsonArray activities) =>
        activities
            .Where(a => a!["type"]!.GetValue<string>() == "message" && a["from"]!["role"]?.GetValue<string>() == "bot")
            .Select(a => a!["text"]!.GetValue<string>())
            .ToList();
}
