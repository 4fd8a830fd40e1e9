using System.Text.Json.Nodes;

namespace EcomBot.Integration.Tests.Security;

/// <summary>Activities as a channel (or someone posing as one) posts them to <c>/api/messages</c>.</summary>
internal static class ChannelActivities
{
    public const string EmulatorServiceUrl = "http://localhost:1/";

    public static JsonObject Message(
        string text, string? conversationId = null, string channelId = "emulator", string? serviceUrl = EmulatorServiceUrl,
        bool expectReplies = true) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["deliveryMode"] = expectReplies ? "expectReplies" : null,
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "customer-1", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId ?? "conversation-" + Guid.NewGuid().ToString("N") },
    };

    /// <summary>The texts of the bot's messages in an <c>expectReplies</c> response body.</summary>
    public static IReadOnlyList<string> ReplyTexts(JsonNode body) =>
        body["activities"]?.AsArray()
            .Where(a => (string?)a?["type"] == "message")
            .Select(a => (string?)a?["text"] ?? "")
            .ToList() ?? [];
}
