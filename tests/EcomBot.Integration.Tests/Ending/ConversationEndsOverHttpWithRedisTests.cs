using EcomBot.Bot.Conversation.Ending;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Integration.Tests.Ending;

/// <summary>
/// Two replicas of the real app over one redis-server, customers talking over <c>/api/messages</c>, each replica's own
/// idle sweep running on a clock the test moves. Raj Sanchez (raj.sanchez2046@example.com) has delivered #W7736708.
/// </summary>
public sealed class ConversationEndsOverHttpWithRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [RedisFact]
    public async Task AGoodbyeEndsOnceAndASilentConversationIsEndedByExactlyOneReplica()
    {
        await redis.FlushAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
        var ends = new RecordedConversationEnds();
        await using var replicaA = Replica(redis.ConnectionString, clock, ends);
        await using var replicaB = Replica(redis.ConnectionString, clock, ends);
        await ChannelConversation.WhenReadyAsync(replicaA.Services);
        await ChannelConversation.WhenReadyAsync(replicaB.Services);
        var leaving = ChannelConversation.NewId();
        var silent = ChannelConversation.NewId();

        await new ChannelConversation(replicaA.CreateClient(), leaving).SayTextAsync("where is my order #W7736708?");
        await new ChannelConversation(replicaB.CreateClient(), leaving).SayTextAsync("raj.sanchez2046@example.com");
        var farewell = await new ChannelConversation(replicaA.CreateClient(), leaving).SayTextAsync("thanks, that's everything");
        await new ChannelConversation(replicaB.CreateClient(), silent).SayTextAsync("where is my order #W7736708?");
        Assert.True(await ends.NextAsync(TimeSpan.FromSeconds(5)), "the goodbye was published");

        // Minute by minute, as a real clock moves, until the silent conversation's end is published.
        var idleEnded = false;
        for (var minute = 1; minute <= 40 && !idleEnded; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            idleEnded = await ends.NextAsync(TimeSpan.FromMilliseconds(minute < 30 ? 20 : 3000));
        }
        // Both replicas have swept at least once more since.
        clock.Advance(TimeSpan.FromMinutes(2));
        var secondIdleEnd = await ends.NextAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(GoodbyeFlow.Farewell, farewell);
        Assert.True(idleEnded, "the silent conversation was ended by a sweep");
        Assert.False(secondIdleEnd, "a second replica ended the silent conversation again");
        Assert.Equal(
            [(leaving, ConversationEndReason.Goodbye, "raj_sanchez_2970"), (silent, ConversationEndReason.Idle, null)],
            ends.All.Select(e => (e.ConversationId, e.Reason, e.CustomerId)));
    }

    private static EcomBotApp Replica(string redisConnectionString, TimeProvider clock, RecordedConversationEnds ends) => new(
        settings: new Dictionary<string, string?> { ["Redis:ConnectionString"] = redisConnectionString },
        clock: clock,
        testServices: services => services.AddSingleton<IConversationEndListener>(ends));
}
