using EcomBot.Bot.Conversation.Ending;
using EcomBot.Bot.State;
using EcomBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Ending;

/// <summary>The contract against a real redis-server (each test under its own key prefix), the key layout, and two
/// replicas sweeping the same Redis.</summary>
public sealed class RedisOpenConversationsContractTests(RedisServerFixture redis)
    : OpenConversationsContractTests, IClassFixture<RedisServerFixture>
{
    private IOpenConversations? _store;

    protected override IOpenConversations Store => _store ??= new RedisOpenConversations(TestRedisCircuit.Over(redis.Admin), $"test-{Guid.NewGuid():N}:");

    [RedisFact]
    public async Task OpenConversationsAreOneSortedSetAndOneHashSharingAHashTagUnderThePrefix()
    {
        var store = new RedisOpenConversations(TestRedisCircuit.Over(redis.Admin), "open-layout:");

        await store.TouchAsync(new OpenConversation("webchat", "c1", "raj_sanchez_2970", Noon), CancellationToken.None);

        var keys = (await redis.AllKeysAsync()).Where(k => k.StartsWith("open-layout:", StringComparison.Ordinal)).Order();
        Assert.Equal(["open-layout:{open-conversations}:by-activity", "open-layout:{open-conversations}:customer"], keys);
        var database = redis.Admin.GetDatabase();
        Assert.Equal(Noon.ToUnixTimeMilliseconds(), await database.SortedSetScoreAsync("open-layout:{open-conversations}:by-activity", "webchat:c1"));
        Assert.Equal("raj_sanchez_2970", await database.HashGetAsync("open-layout:{open-conversations}:customer", "webchat:c1"));
    }

    [RedisFact]
    public async Task TwoReplicasSweepingTheSameRedisEndEachIdleConversationExactlyOnce()
    {
        var prefix = $"replicas-{Guid.NewGuid():N}:";
        var clock = new FakeTimeProvider(Noon);
        var ends = new RecordedConversationEnds();
        await using var first = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        await using var second = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var (storeA, sweepA) = Replica(first, prefix, clock, ends);
        var (storeB, sweepB) = Replica(second, prefix, clock, ends);
        for (var i = 0; i < 250; i++)
        {
            // Conversations' turns land on either replica.
            var store = i % 2 == 0 ? storeA : storeB;
            await store.TouchAsync(new OpenConversation("webchat", $"c{i}", $"customer_{i}", clock.GetUtcNow()), CancellationToken.None);
        }
        await storeA.TouchAsync(new OpenConversation("webchat", "still-talking", null, clock.GetUtcNow().AddMinutes(20)), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(31));

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            (i % 2 == 0 ? sweepA : sweepB).SweepAsync(CancellationToken.None))));

        Assert.Equal(250, counts.Sum());
        var ended = ends.All;
        Assert.Equal(250, ended.Count);
        Assert.Equal(250, ended.Select(e => e.ConversationId).Distinct().Count());
        Assert.All(ended, e => Assert.Equal(($"customer_{e.ConversationId[1..]}", ConversationEndReason.Idle, Noon.AddMinutes(30)), (e.CustomerId, e.Reason, e.At)));
        Assert.NotNull(await storeB.GetAsync("webchat", "still-talking", CancellationToken.None));
    }

    private static (IOpenConversations Store, IdleConversationSweep Sweep) Replica(
        IConnectionMultiplexer connection, string prefix, TimeProvider clock, RecordedConversationEnds ends)
    {
        var store = new RedisOpenConversations(
            new RedisCircuit(connection, TimeSpan.FromSeconds(5), clock, NullLogger<RedisCircuit>.Instance), prefix);
        var sweep = new IdleConversationSweep(
            store,
            new ConversationEndPublisher([ends], NullLogger<ConversationEndPublisher>.Instance),
            Options.Create(new ConversationEndingOptions()),
            clock,
            NullLogger<IdleConversationSweep>.Instance);
        return (store, sweep);
    }
}
