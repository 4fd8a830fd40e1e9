using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>The WebSocket stream Web Chat listens on by default.</summary>
public sealed class DirectLineStreamTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly EcomBotApp _app = new(onKestrel: true);
    private readonly DirectLineClient _client;

    public DirectLineStreamTests() => _client = new DirectLineClient(_app.CreateSocketClient());

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheStreamPushesTheWelcomeAndThenTheReplyToAPostedMessage()
    {
        var conversation = await _client.StartWithNewTokenAsync();
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(conversation.StreamUrl), timeout.Token);

        var welcome = await ReceiveBotTextsAsync(socket, timeout.Token);
        (await _client.PostTextAsync(conversation.Id, conversation.Token, "help")).Dispose();
        var reply = await ReceiveBotTextsAsync(socket, timeout.Token);

        Assert.Contains(welcome, t => t.Contains("I'm the store's assistant", StringComparison.Ordinal));
        Assert.Contains(reply, t => t.Contains("Here is what I can do", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOpenStreamClosesAsGoingAwayAsSoonAsTheBotShutsDown()
    {
        var conversation = await _client.StartWithNewTokenAsync();
        using var socket = new ClientWebSocket();
        // Well inside the host's 30 s shutdown timeout, which used to be what ended an open stream.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(conversation.StreamUrl), timeout.Token);
        await ReceiveBotTextsAsync(socket, timeout.Token);

        _app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        WebSocketMessageType type;
        do
        {
            (type, _) = await DirectLineClient.ReceiveAsync(socket, timeout.Token);
        }
        while (type != WebSocketMessageType.Close);

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
    }

    [Fact]
    public async Task AStreamUrlForOneConversationCannotOpenAnother()
    {
        var mine = await _client.StartWithNewTokenAsync();
        var theirs = await _client.StartWithNewTokenAsync();
        var crossed = mine.StreamUrl.Replace(mine.Id, theirs.Id, StringComparison.Ordinal);
        using var socket = new ClientWebSocket();
        using var http = new HttpClient();
        socket.Options.HttpVersion = HttpVersion.Version11;
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(crossed), http, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    /// <summary>Reads frames until one carries bot messages (typing indicators come first on slow turns).</summary>
    private static async Task<IReadOnlyList<string>> ReceiveBotTextsAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await ReceiveFrameAsync(socket, cancellationToken);
            var texts = DirectLineClient.BotTexts(frame["activities"]!.AsArray());
            if (texts.Count > 0)
            {
                return texts;
            }
        }
    }

    private static async Task<JsonNode> ReceiveFrameAsync(ClientWebSocket socket, CancellationToken cancellationToken) =>
        JsonNode.Parse((await DirectLineClient.ReceiveAsync(socket, cancellationToken)).Text)!;
}
