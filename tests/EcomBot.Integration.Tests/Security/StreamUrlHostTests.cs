using System.Net;
using EcomBot.Integration.Tests.DirectLine;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.Security;

/// <summary>The stream URL carries a stream token: a Host header the client chose must not decide where it points.</summary>
public sealed class StreamUrlHostTests
{
    [Fact]
    public async Task AForgedHostHeaderDoesNotMoveTheStreamUrl()
    {
        using var app = new EcomBotApp(onKestrel: true);

        var (_, streamUrl) = await StartWithHostAsync(app, "evil.example:666");

        Assert.DoesNotContain("evil.example", streamUrl, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"ws://127.0.0.1:{app.ServerAddress.Port}/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAPublicUrlTheStreamUrlIsBuiltFromIt()
    {
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["DirectLine:PublicUrl"] = "https://shop.example/chat/" }, onKestrel: true);

        var (_, streamUrl) = await StartWithHostAsync(app, "evil.example:666");

        Assert.StartsWith("wss://shop.example/chat/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenAllowedHostsNamesTheHostsTheHostHeaderIsOneOfThem()
    {
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "shop.example;127.0.0.1" }, onKestrel: true);

        var (_, named) = await StartWithHostAsync(app, "shop.example:8080");
        var (forged, _) = await StartWithHostAsync(app, "evil.example:666");

        Assert.StartsWith("ws://shop.example:8080/v3/directline/conversations/", named, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged);
    }

    /// <summary>Starts a conversation with a fresh token, the request carrying <paramref name="host"/> as its Host header.</summary>
    private static async Task<(HttpStatusCode Status, string StreamUrl)> StartWithHostAsync(EcomBotApp app, string host)
    {
        var client = new DirectLineClient(app.CreateSocketClient());
        using var start = BotJson.Request(HttpMethod.Post, "v3/directline/conversations", await client.GenerateTokenAsync());
        start.Headers.Host = host;
        using var response = await client.SendRawAsync(start);
        return response.IsSuccessStatusCode
            ? (response.StatusCode, (await BotJson.ReadAsync(response))["streamUrl"]!.GetValue<string>())
            : (response.StatusCode, "");
    }
}
