using System.Net;
using System.Net.WebSockets;
using EcomBot.Integration.Tests.DirectLine;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.Security;

/// <summary>
/// One Direct Line token must not be able to exhaust the server: the memory attack (big activities posted into one
/// conversation, then read in parallel) at a small scale, and the rate, conversation and stream limits.
/// </summary>
public sealed class DirectLineLimitsTests
{
    private static EcomBotApp App(Dictionary<string, string?> settings, TimeProvider? clock = null) =>
        new(settings: settings, clock: clock, onKestrel: true);

    [Fact]
    public async Task BigActivitiesInOneConversationAreCappedInBytesAndReadOnePageAtATime()
    {
        using var app = App(new() { ["DirectLine:MaxActivityBytes"] = "16384", ["DirectLine:MaxConversationBytes"] = "65536", ["DirectLine:MaxPostsPerMinute"] = "1000" });
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();
        var typing = BotJson.Raw($$"""{"type":"typing","text":"{{new string('x', 15_000)}}"}""");

        for (var n = 0; n < 40; n++)
        {
            using var posted = await client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token,
                BotJson.Raw(await typing.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }
        var pages = new List<string>();
        var watermark = "";
        while (true)
        {
            using var read = await client.GetActivitiesAsync(conversation.Id, conversation.Token, watermark);
            var body = await read.Content.ReadAsStringAsync();
            var page = System.Text.Json.Nodes.JsonNode.Parse(body)!;
            if (page["activities"]!.AsArray().Count == 0)
            {
                break;
            }
            pages.Add(body);
            watermark = page["watermark"]!.GetValue<string>();
        }

        // 40 activities of 15 KB were posted (600 KB); the log keeps 64 KB of them, in pages of 16 KB.
        Assert.InRange(pages.Sum(p => p.Length), 15_000, 70_000);
        Assert.All(pages, p => Assert.InRange(p.Length, 1, 17_000));
        Assert.Equal("41", watermark);
    }

    [Fact]
    public async Task AConversationPostingFasterThanItsLimitGets429UntilTheNextMinute()
    {
        var clock = new AdjustableClock();
        using var app = App(new() { ["DirectLine:MaxPostsPerMinute"] = "3" }, clock);
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();
        var other = await client.StartWithNewTokenAsync();

        var statuses = new List<HttpStatusCode>();
        for (var n = 0; n < 4; n++)
        {
            using var posted = await client.PostTextAsync(conversation.Id, conversation.Token, "help");
            statuses.Add(posted.StatusCode);
            Assert.True(posted.StatusCode != HttpStatusCode.TooManyRequests || posted.Headers.RetryAfter is not null);
        }
        using var otherConversation = await client.PostTextAsync(other.Id, other.Token, "help");
        clock.Advance(TimeSpan.FromSeconds(61));
        using var nextMinute = await client.PostTextAsync(conversation.Id, conversation.Token, "help");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nextMinute.StatusCode);
    }

    [Fact]
    public async Task OneClientAddressStartsItsLimitOfConversationsAndAForwardedHeaderFromAnUntrustedPeerChangesNothing()
    {
        using var app = App(new() { ["DirectLine:MaxConversationsPerMinute"] = "2" });
        var client = new DirectLineClient(app.CreateSocketClient());

        var statuses = new List<HttpStatusCode>();
        for (var n = 0; n < 3; n++)
        {
            statuses.Add(await StartAsync(client, forwardedFor: null));
        }
        var spoofed = await StartAsync(client, forwardedFor: "203.0.113.9");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed);
    }

    [Fact]
    public async Task TheSecretsHolderStartsConversationsForManyCustomersFromOneAddress()
    {
        const string Secret = "test-direct-line-secret-0123456789";
        using var app = App(new() { ["DirectLine:MaxConversationsPerMinute"] = "1", ["DirectLine:Secret"] = Secret });
        var client = new DirectLineClient(app.CreateSocketClient());

        var statuses = new List<HttpStatusCode>();
        for (var n = 0; n < 3; n++)
        {
            using var started = await client.SendAsync(HttpMethod.Post, "conversations", Secret);
            statuses.Add(started.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
    }

    [Fact]
    public async Task BehindATrustedProxyEachForwardedClientHasItsOwnLimit()
    {
        using var app = App(new() { ["DirectLine:MaxConversationsPerMinute"] = "2", ["Hosting:TrustedProxies:0"] = "127.0.0.1" });
        var client = new DirectLineClient(app.CreateSocketClient());

        var first = new[] { await StartAsync(client, "203.0.113.1"), await StartAsync(client, "203.0.113.1"), await StartAsync(client, "203.0.113.1") };
        var second = await StartAsync(client, "203.0.113.2");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.Created, second);
    }

    [Fact]
    public async Task BeyondTheOpenConversationLimitANewConversationIsRefused()
    {
        using var app = App(new() { ["DirectLine:MaxOpenConversations"] = "2" });
        var client = new DirectLineClient(app.CreateSocketClient());

        var statuses = new[] { await StartAsync(client, null), await StartAsync(client, null), await StartAsync(client, null) };

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable], statuses);
    }

    [Fact]
    public async Task AConversationOpensItsLimitOfStreamsAndAThirdIsRefusedUntilOneCloses()
    {
        using var app = App(new() { ["DirectLine:MaxStreamsPerToken"] = "2" });
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();
        using var first = await ConnectAsync(conversation.StreamUrl);
        using var second = await ConnectAsync(conversation.StreamUrl);
        using var third = new ClientWebSocket();
        third.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => third.ConnectAsync(new Uri(conversation.StreamUrl), CancellationToken.None));
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        using var afterClosing = await ConnectEventuallyAsync(conversation.StreamUrl);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.HttpStatusCode);
        Assert.Equal(WebSocketState.Open, afterClosing.State);
    }

    private static async Task<HttpStatusCode> StartAsync(DirectLineClient client, string? forwardedFor)
    {
        var token = await client.GenerateTokenAsync();
        using var request = BotJson.Request(HttpMethod.Post, "v3/directline/conversations", token);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        using var response = await client.SendRawAsync(request);
        return response.StatusCode;
    }

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    /// <summary>The server frees a stream's place once it has seen the close, a moment after the client sent it.</summary>
    private static async Task<ClientWebSocket> ConnectEventuallyAsync(string streamUrl)
    {
        for (var attempt = 1; ; attempt++)
        {
            var socket = new ClientWebSocket();
            try
            {
                await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
                return socket;
            }
            catch (WebSocketException) when (attempt < 50)
            {
                socket.Dispose();
                await Task.Delay(100);
            }
        }
    }
}
