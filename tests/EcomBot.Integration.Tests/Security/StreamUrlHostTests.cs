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
        var client = new DirectLineClient(app.CreateSocketClient());
        var token = await client.GenerateTokenAsync();
        using var start = BotJson.Request(HttpMethod.Post, "v3/directline/conversations", token);
        start.Headers.Host = "evil.example:666";

        using var response = await client.SendRawAsync(start);
        var streamUrl = (await BotJson.ReadAsync(response))["streamUrl"]!.GetValue<string>();

        Assert.DoesNotContain("evil.example", streamUrl, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"ws://127.0.0.1:{app.ServerAddress.Port}/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAPublicUrlTheStreamUrlIsBuiltFromIt()
    {
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["DirectLine:PublicUrl"] = "https://shop.example/chat/" }, onKestrel: true);
        var client = new DirectLineClient(app.CreateSocketClient());
        var token = await client.GenerateTokenAsync();
        using var start = BotJson.Request(HttpMethod.Post, "v3/directline/conversations", token);
        start.Headers.Host = "evil.example:666";

        using var response = await client.SendRawAsync(start);
        var streamUrl = (await BotJson.ReadAsync(response))["streamUrl"]!.GetValue<string>();

        Assert.StartsWith("wss://shop.example/chat/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenAllowedHostsNamesTheHostsTheHostHeaderIsOneOfThem()
    {
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "shop.example;127.0.0.1" }, onKestrel: true);
        var client = new DirectLineClient(app.CreateSocketClient());
        var token = await client.GenerateTokenAsync();
        using var named = BotJson.Request(HttpMethod.Post, "v3/directline/conversations", token);
        named.Headers.Host = "shop.example:8080";
        using var forged = BotJson.Request(HttpMethod.Post, "v3/directline/conversations", await client.GenerateTokenAsync());
        forged.Headers.Host = "evil.example:666";

        using var namedResponse = await client.SendRawAsync(named);
        using var forgedResponse = await client.SendRawAsync(forged);

        Assert.StartsWith("ws://shop.example:8080/v3/directline/conversations/",
            (await BotJson.ReadAsync(namedResponse))["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forgedResponse.StatusCode);
    }
}
