using System.Net;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;

namespace EcomBot.Integration.Tests.Messages;

/// <summary>
/// Scripted customers and the shared load benchmark (<c>../shared/perf/turn.lua</c>) post <c>expectReplies</c> turns on
/// the emulator channel with a loopback serviceUrl, many conversations at a high rate. In Development every one of them
/// gets its replies: the serviceUrl checks and the Direct Line limits must not touch such turns.
/// </summary>
public sealed class ScriptedTurnsTests
{
    private static readonly string[] Texts = ["hi", "where is my order?", "what is your return policy?", "recommend something", "help"];

    [Fact]
    public async Task ManyExpectRepliesTurnsOverFiftyConversationsAllGetTheirReplies()
    {
        using var app = new EcomBotApp();
        await ChannelConversation.WhenReadyAsync(app.Services);
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        var unanswered = 0;

        await Parallel.ForEachAsync(Enumerable.Range(1, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, cancellationToken) =>
        {
            var conversation = "load-" + (n % 50);
            // The body turn.lua builds, field for field.
            var body = $$$"""
                {"type":"message","id":"m{{{n}}}","text":"{{{Texts[n % Texts.Length]}}}","channelId":"emulator","locale":"en-US",
                "serviceUrl":"http://127.0.0.1:3978/","deliveryMode":"expectReplies",
                "from":{"id":"user-{{{conversation}}}"},"recipient":{"id":"bot"},"conversation":{"id":"{{{conversation}}}"}}
                """;
            using var response = await client.PostAsync("/api/messages", BotJson.Raw(body), cancellationToken);
            var replies = response.IsSuccessStatusCode ? Security.ChannelActivities.ReplyTexts(await BotJson.ReadAsync(response)) : [];
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
                unanswered += replies.Count == 0 ? 1 : 0;
            }
        });

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(0, unanswered);
    }
}
