using System.Net;
using System.Text.Json.Nodes;
using EcomBot.Bot.BotFramework;
using EcomBot.Integration.Tests.DirectLine;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;

namespace EcomBot.Integration.Tests.Security;

/// <summary>
/// A few hundred malformed and odd activities from a seeded generator against <c>POST /api/messages</c> and the Direct
/// Line activities endpoint: no 5xx, no hang, every odd-but-valid one (unknown fields, odd Unicode, long text) reaches
/// a turn and gets a real answer (not the apology of a failed turn), and a valid turn afterwards still works.
/// </summary>
public sealed class ActivityFuzzTests
{
    private const int Seed = 20251201;
    private const int MaxMessageLength = 2000;
    private const int MaxBodyBytes = 256 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task MalformedAndOddActivitiesOnApiMessagesGetNo5xxAndTheValidOnesAnAnswer(string environment)
    {
        var logs = new CapturedLogs();
        using var app = new EcomBotApp(environment, testServices: logs.AddTo, settings: new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
            // Production allows no loopback serviceUrl; expectReplies turns send nothing to it anyway.
            ["Bot:AllowedServiceUrls:0"] = "https://connector.example/",
        });
        await ChannelConversation.WhenReadyAsync(app.Services);
        using var client = app.CreateClient();
        client.Timeout = Patience;
        var cases = new ActivityFuzzer(Seed, () => ChannelActivities.Message("where is my order?", "fuzz-conversation", serviceUrl: "https://connector.example/"),
            MaxMessageLength, MaxBodyBytes).Cases(300);

        var problems = new List<string>();
        foreach (var fuzz in cases)
        {
            using var response = await client.PostAsync("/api/messages", BotJson.Raw(fuzz.Body));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{(int)response.StatusCode} for {fuzz}");
            }
            else if (fuzz.OddButValid && !AnsweredOnApiMessages(response.StatusCode, body))
            {
                var failure = logs.Entries.LastOrDefault(e => e.Exception is not null)?.Exception;
                problems.Add($"no answer ({(int)response.StatusCode}) for {fuzz}; last logged failure: {failure}");
            }
        }
        using var valid = await client.PostAsync("/api/messages", BotJson.Raw(ChannelActivities.Message("help", serviceUrl: "https://connector.example/").ToJsonString()));
        var afterwards = ChannelActivities.ReplyTexts(await BotJson.ReadAsync(valid));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.InRange(cases.Count(c => c.OddButValid), 60, 200);
        Assert.Contains(afterwards, t => t.Contains("Here is what I can do", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MalformedAndOddActivitiesOnDirectLineGetNo5xxAndTheValidOnesAnAnswer()
    {
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["DirectLine:MaxPostsPerMinute"] = "100000" }, onKestrel: true);
        await ChannelConversation.WhenReadyAsync(app.Services);
        using var http = app.CreateSocketClient();
        http.Timeout = Patience;
        var client = new DirectLineClient(http);
        var conversation = await client.StartWithNewTokenAsync();
        var cases = new ActivityFuzzer(Seed + 1, () => new JsonObject
        {
            ["type"] = "message",
            ["text"] = "where is my order?",
            ["from"] = new JsonObject { ["id"] = "whoever" },
        }, MaxMessageLength, MaxBodyBytes).Cases(200);

        var problems = new List<string>();
        foreach (var fuzz in cases)
        {
            using var response = await client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token, BotJson.Raw(fuzz.Body));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{(int)response.StatusCode} for {fuzz}");
            }
            else if (fuzz.OddButValid && !await AnsweredOnDirectLineAsync(client, conversation, response.StatusCode, body))
            {
                problems.Add($"no answer ({(int)response.StatusCode}) for {fuzz}");
            }
        }
        (await client.PostTextAsync(conversation.Id, conversation.Token, "help")).Dispose();
        var afterwards = DirectLineClient.BotTexts(new JsonArray([.. await client.AllActivitiesAsync(conversation)]))[^1];

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("Here is what I can do", afterwards, StringComparison.Ordinal);
    }

    private static bool AnsweredOnApiMessages(HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return false;
        }
        var replies = ChannelActivities.ReplyTexts(JsonNode.Parse(body)!);
        return replies.Count > 0 && !replies.Contains(FailedTurnRecovery.Apology);
    }

    /// <summary>The post was taken and the bot's reply to it is in the log (the turn runs before the post returns).</summary>
    private static async Task<bool> AnsweredOnDirectLineAsync(
        DirectLineClient client, DirectLineClient.Conversation conversation, HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return false;
        }
        var postedId = JsonNode.Parse(body)!["id"]!.GetValue<string>();
        var replies = (await client.AllActivitiesAsync(conversation))
            .Where(a => (string?)a["replyToId"] == postedId && (string?)a["type"] == "message")
            .Select(a => (string?)a["text"] ?? "")
            .ToList();
        return replies.Count > 0 && !replies.Contains(FailedTurnRecovery.Apology);
    }
}
