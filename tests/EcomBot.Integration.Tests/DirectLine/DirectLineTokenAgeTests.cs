using System.Net;
using System.Net.WebSockets;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>How long a conversation's tokens and streams last: refreshing has an end, and a stream ends with its token.</summary>
public sealed class DirectLineTokenAgeTests
{
    [Fact]
    public async Task RefreshingNeverTakesATokenPastTheMaximumAge()
    {
        var clock = new AdjustableClock();
        using var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["DirectLine:TokenLifetimeMinutes"] = "30",
            ["DirectLine:TokenMaxAgeHours"] = "1",
        }, clock: clock);
        var client = new DirectLineClient(app.CreateClient());
        var token = await client.GenerateTokenAsync();

        clock.Advance(TimeSpan.FromMinutes(25));
        var (refreshed, _) = await RefreshAsync(client, token);
        clock.Advance(TimeSpan.FromMinutes(25));
        var (last, lastExpiresIn) = await RefreshAsync(client, refreshed!);
        clock.Advance(TimeSpan.FromMinutes(11));
        using var pastMaxAge = await client.SendAsync(HttpMethod.Post, "tokens/refresh", last!);

        Assert.InRange(lastExpiresIn, 1, 10 * 60);
        Assert.Equal(HttpStatusCode.Forbidden, pastMaxAge.StatusCode);
    }

    [Fact]
    public async Task ReconnectingDoesNotMakeATokenYoungAgain()
    {
        var clock = new AdjustableClock();
        using var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["DirectLine:TokenLifetimeMinutes"] = "30",
            ["DirectLine:TokenMaxAgeHours"] = "1",
        }, clock: clock, onKestrel: true);
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();

        clock.Advance(TimeSpan.FromMinutes(25));
        var (refreshed, _) = await RefreshAsync(client, conversation.Token);
        clock.Advance(TimeSpan.FromMinutes(25));
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}", refreshed!);
        var body = await BotJson.ReadAsync(reconnect);

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.InRange(body["expires_in"]!.GetValue<int>(), 1, 10 * 60);
    }

    [Fact]
    public async Task AStreamClosesWhenTheTokenItCameWithExpiresAndReconnectingWithTheRefreshedTokenGoesOn()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["DirectLine:TokenLifetimeMinutes"] = "30" },
            clock: clock, onKestrel: true);
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = new ClientWebSocket();
        await stream.ConnectAsync(new Uri(conversation.StreamUrl), timeout.Token);
        await DirectLineClient.ReceiveAsync(stream, timeout.Token);

        clock.Advance(TimeSpan.FromMinutes(20));
        var (refreshed, _) = await RefreshAsync(client, conversation.Token);
        clock.Advance(TimeSpan.FromMinutes(11));
        var closing = await DirectLineClient.ReceiveAsync(stream, timeout.Token);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}", refreshed!);
        using var again = new ClientWebSocket();
        await again.ConnectAsync(new Uri((await BotJson.ReadAsync(reconnect))["streamUrl"]!.GetValue<string>()), timeout.Token);
        var replayed = await DirectLineClient.ReceiveAsync(again, timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, closing.Type);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, stream.CloseStatus);
        Assert.Contains("I'm the store's assistant", replayed.Text, StringComparison.Ordinal);
    }

    private static async Task<(string? Token, int ExpiresIn)> RefreshAsync(DirectLineClient client, string token)
    {
        using var response = await client.SendAsync(HttpMethod.Post, "tokens/refresh", token);
        if (!response.IsSuccessStatusCode)
        {
            return (null, 0);
        }
        var body = await BotJson.ReadAsync(response);
        return (body["token"]!.GetValue<string>(), body["expires_in"]!.GetValue<int>());
    }
}
