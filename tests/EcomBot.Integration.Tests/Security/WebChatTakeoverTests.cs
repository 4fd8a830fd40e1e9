using System.Net;
using EcomBot.Bot.Channels.DirectLine;
using EcomBot.Integration.Tests.DirectLine;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Security;

/// <summary>
/// Without an app id (Development, or <c>Bot:AllowUnauthenticated</c>), someone who knows a web chat conversation's
/// public id tries to take over its session through <c>POST /api/messages</c>: by claiming the self-hosted channel, or
/// by pointing a serviceUrl at this server's Direct Line connector. Raj Sanchez (raj.sanchez2046@example.com) has
/// delivered #W7736708.
/// </summary>
public sealed class WebChatTakeoverTests : IAsyncLifetime, IDisposable
{
    private readonly EcomBotApp _app = new(onKestrel: true);
    private DirectLineClient _webChat = null!;
    private DirectLineClient.Conversation _victim = null!;

    public async Task InitializeAsync()
    {
        await ChannelConversation.WhenReadyAsync(_app.Services);
        _webChat = new DirectLineClient(_app.CreateSocketClient());
        _victim = await _webChat.StartWithNewTokenAsync();
        (await _webChat.PostTextAsync(_victim.Id, _victim.Token, "where is my order #W7736708?")).Dispose();
        (await _webChat.PostTextAsync(_victim.Id, _victim.Token, "raj.sanchez2046@example.com")).Dispose();
        Assert.Contains(await _webChat.BotTextsAsync(_victim), t => t.Contains("Order #W7736708 is delivered.", StringComparison.Ordinal));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("directline")]
    [InlineData("DirectLine")]
    [InlineData(" directline ")]
    public async Task AnActivityClaimingTheWebChatChannelIsRefusedOnApiMessages(string channelId)
    {
        using var client = _app.CreateSocketClient();
        var attack = ChannelActivities.Message("where is my order #W7736708?", _victim.Id, channelId);

        using var response = await client.PostAsync("/api/messages", BotJson.Raw(attack.ToJsonString()));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("W7736708", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWebChatsStateIsNotKeyedByItsPublicConversationId()
    {
        var storage = _app.Services.GetRequiredService<IStorage>();

        var byPublicId = await storage.ReadAsync([$"directline/conversations/{_victim.Id}"], CancellationToken.None);

        Assert.Empty(byPublicId);
        (await _webChat.PostTextAsync(_victim.Id, _victim.Token, "where is my order #W7736708?")).Dispose();
        Assert.Contains("Order #W7736708 is delivered.", (await _webChat.BotTextsAsync(_victim))[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0}v3/directline/connector/")]
    [InlineData("{0}V3/DirectLine/Connector/")]
    [InlineData("{0}v3//directline/./connector/")]
    [InlineData("{0}x/../v3/directline/connector/")]
    [InlineData("{0}v3/directline/%63onnector/")]
    [InlineData("http://localhost:{1}/v3/directline/connector/")]
    public async Task AServiceUrlPointingAtThisServersConnectorIsRefusedAndNothingReachesTheWebChat(string serviceUrl)
    {
        using var client = _app.CreateSocketClient();
        var connector = string.Format(System.Globalization.CultureInfo.InvariantCulture, serviceUrl, _app.ServerAddress, _app.ServerAddress.Port);
        var before = await _webChat.BotTextsAsync(_victim);
        var attack = ChannelActivities.Message("help", _victim.Id, serviceUrl: connector, expectReplies: false);

        using var response = await client.PostAsync("/api/messages", BotJson.Raw(attack.ToJsonString()));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _webChat.BotTextsAsync(_victim));
    }

    [Fact]
    public async Task EvenWithTheBotsConnectorTokenAPublicConversationIdReachesNothing()
    {
        using var client = _app.CreateSocketClient();
        var token = _app.Services.GetRequiredService<DirectLineTokens>().IssueConnectorToken();
        var reply = BotJson.Body(new { type = "message", text = "injected", from = new { id = "ecombot", role = "bot" } });

        using var response = await client.SendAsync(BotJson.Request(
            HttpMethod.Post, $"v3/directline/connector/v3/conversations/{_victim.Id}/activities", token, reply));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("injected", await _webChat.BotTextsAsync(_victim));
    }
}
