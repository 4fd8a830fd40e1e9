using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Redis;

/// <summary>Real turns through <c>/api/messages</c>, the adapter and ConversationState, with state in redis-server.</summary>
public sealed class BotStateSurvivesRestartTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [RedisFact]
    public async Task ConversationStateWrittenBeforeARestartIsWhatTheRestartedBotContinuesFrom()
    {
        var conversationId = $"restart-{Guid.NewGuid():N}";
        IReadOnlyList<string> welcome;
        await using (var beforeRestart = new RedisBotApplication(redis.ConnectionString))
        {
            welcome = await beforeRestart.SendAsync(RedisBotApplication.CustomerJoins(conversationId));
            await beforeRestart.SendAsync(RedisBotApplication.CustomerSays(conversationId, "help"));
        }

        await using var afterRestart = new RedisBotApplication(redis.ConnectionString);
        var secondJoin = await afterRestart.SendAsync(RedisBotApplication.CustomerJoins(conversationId));
        var storage = afterRestart.Services.GetRequiredService<IStorage>();
        var key = $"emulator/conversations/{conversationId}";
        var state = Assert.IsAssignableFrom<IDictionary<string, object>>((await storage.ReadAsync([key]))[key]);
        var conversation = Assert.IsType<ConversationData>(state[nameof(ConversationData)]);

        Assert.Equal([StandardReplies.Welcome.Text], welcome);
        Assert.Empty(secondJoin);
        Assert.IsType<RedisStorage>(storage);
        Assert.True(conversation.Welcomed);
        Assert.Contains(conversation.Transcript, line => line.From == "customer" && line.Text == "help");
    }

    [RedisFact]
    public async Task AnotherConversationStartsFreshAfterTheRestart()
    {
        await using (var beforeRestart = new RedisBotApplication(redis.ConnectionString))
        {
            await beforeRestart.SendAsync(RedisBotApplication.CustomerJoins($"first-{Guid.NewGuid():N}"));
        }

        await using var afterRestart = new RedisBotApplication(redis.ConnectionString);
        var welcome = await afterRestart.SendAsync(RedisBotApplication.CustomerJoins($"second-{Guid.NewGuid():N}"));

        Assert.Equal([StandardReplies.Welcome.Text], welcome);
    }
}
