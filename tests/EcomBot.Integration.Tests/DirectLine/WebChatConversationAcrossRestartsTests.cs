using EcomBot.Bot.Conversation.Routing;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>
/// A web chat conversation (self-hosted Direct Line, on a real socket) with Redis configured: after a restart the same
/// token reads the whole log, and the conversation goes on where it stopped. Raj Sanchez (raj.sanchez2046@example.com)
/// is a demo store customer with delivered #W7736708.
/// </summary>
public sealed class WebChatConversationAcrossRestartsTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private readonly string _signingKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray());

    private readonly string _keyPrefix = $"webchat-{Guid.NewGuid():N}:";

    [RedisFact]
    public async Task TheSameTokenReadsTheLogAfterARestartAndTheConversationContinues()
    {
        DirectLineClient.Conversation conversation;
        using (var beforeRestart = await StartAsync())
        {
            var client = new DirectLineClient(beforeRestart.CreateSocketClient());
            conversation = await client.StartWithNewTokenAsync();
            (await client.PostTextAsync(conversation.Id, conversation.Token, "where is my order #W7736708?")).Dispose();
            Assert.Contains(await client.BotTextsAsync(conversation), t => t.Contains("confirm who you are", StringComparison.Ordinal));
        }

        using var afterRestart = await StartAsync();
        var sameToken = new DirectLineClient(afterRestart.CreateSocketClient());
        var before = await sameToken.BotTextsAsync(conversation);
        (await sameToken.PostTextAsync(conversation.Id, conversation.Token, "raj.sanchez2046@example.com")).Dispose();
        var after = await sameToken.BotTextsAsync(conversation);

        Assert.Contains(before, t => t.Contains("confirm who you are", StringComparison.Ordinal));
        Assert.Contains(after, t => t.Contains("Order #W7736708 is delivered.", StringComparison.Ordinal));
        Assert.Equal(before, after.Take(before.Count));
    }

    private async Task<EcomBotApp> StartAsync()
    {
        var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = _keyPrefix,
            ["DirectLine:TokenSigningKey"] = _signingKey,
        }, onKestrel: true);
        await app.Services.GetRequiredService<IntentModelProvider>().GetModelAsync(CancellationToken.None);
        return app;
    }
}
