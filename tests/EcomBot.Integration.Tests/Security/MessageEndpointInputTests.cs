using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace EcomBot.Integration.Tests.Security;

/// <summary>Bad input to <c>POST /api/messages</c> is the client's error (4xx, one log line), never a 500 or a stack trace.</summary>
public sealed class MessageEndpointInputTests
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";

    private static readonly Dictionary<string, string?> ProductionOpen = new()
    {
        ["Bot:AllowUnauthenticated"] = "true",
        ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
    };

    private static readonly Dictionary<string, string?> ProductionWithAppId = new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-password",
        ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
    };

    public static TheoryData<string, string> NonJwtBearers => new()
    {
        { "open", "Bearer x" },
        { "open", "Bearer a.b.c.d" },
        { "open", "Bearer a.b.c" },
        { "open", "Basic dXNlcjpwYXNz" },
        { "app id", "Bearer x" },
        { "app id", "Bearer a.b.c.d" },
        { "app id", "Bearer eyJhbGciOiJub25lIn0.e30" },
    };

    [Theory]
    [MemberData(nameof(NonJwtBearers))]
    public async Task ANonJwtBearerIsUnauthorizedWithOneLogLineAndNoStackTrace(string mode, string authorization)
    {
        var logs = new CapturedLogs();
        using var app = new EcomBotApp("Production", mode == "open" ? ProductionOpen : ProductionWithAppId, testServices: logs.AddTo);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = BotJson.Raw(ChannelActivities.Message("help", serviceUrl: "https://smba.trafficmanager.net/amer/").ToJsonString()),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var warnings = logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.All(warnings, e => Assert.Null(e.Exception));
        var refusal = Assert.Single(warnings, e => e.Category.EndsWith(".MessageEndpoint", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://localhost/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://user:secret@localhost:1/")]
    public async Task AMissingOrInvalidServiceUrlIsABadRequest(string? serviceUrl)
    {
        var logs = new CapturedLogs();
        using var app = new EcomBotApp(testServices: logs.AddTo);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages",
            BotJson.Raw(ChannelActivities.Message("help", serviceUrl: serviceUrl, expectReplies: false).ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(logs.Entries.Where(e => e.Level >= LogLevel.Warning), e => Assert.Null(e.Exception));
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("channelId")]
    public async Task AnActivityWithoutWhatATurnNeedsIsABadRequest(string missing)
    {
        using var app = new EcomBotApp();
        using var client = app.CreateClient();
        var activity = ChannelActivities.Message("help");
        activity.Remove(missing);

        using var response = await client.PostAsync("/api/messages", BotJson.Raw(activity.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedBeforeAuthentication()
    {
        using var app = new EcomBotApp("Production", new Dictionary<string, string?>(ProductionWithAppId) { ["Bot:MaxRequestBytes"] = "4096" });
        using var client = app.CreateClient();
        var activity = ChannelActivities.Message(new string('a', 5000));

        using var declared = await client.PostAsync("/api/messages", BotJson.Raw(activity.ToJsonString()));
        using var chunked = await client.PostAsync("/api/messages", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(activity.ToJsonString())))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task ADeclaredLengthOverTheLimitIsRefusedWithoutWaitingForTheBody()
    {
        using var app = new EcomBotApp(onKestrel: true);
        var address = app.ServerAddress;
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();

        // 1 MB announced (over the bot's limit, under Kestrel's own), 10 bytes sent: a server that read the body
        // first would wait here for the rest.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/messages HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1048576\r\n\r\n{\"type\":\"m"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer, timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueNestedSeventyDeepDoesNotFailTheTurn()
    {
        var logs = new CapturedLogs();
        using var app = new EcomBotApp(testServices: logs.AddTo);
        using var client = app.CreateClient();
        JsonNode nested = new JsonObject { ["leaf"] = "x" };
        for (var depth = 0; depth < 70; depth++)
        {
            nested = new JsonObject { ["inner"] = nested };
        }
        var activity = ChannelActivities.Message("help");
        activity["value"] = nested;

        using var response = await client.PostAsync("/api/messages", BotJson.Raw(activity.ToJsonString()));
        var replies = ChannelActivities.ReplyTexts(await BotJson.ReadAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(replies, t => t.Contains("Here is what I can do", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task JsonNestedBeyondTheReadersDepthIsABadRequest()
    {
        using var app = new EcomBotApp();
        using var client = app.CreateClient();
        var json = ChannelActivities.Message("help").ToJsonString();
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000);
        json = json[..^1] + ",\"value\":" + deep + "}";

        using var response = await client.PostAsync("/api/messages", BotJson.Raw(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
