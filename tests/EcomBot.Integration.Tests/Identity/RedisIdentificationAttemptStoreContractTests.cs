using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.State;

namespace EcomBot.Integration.Tests.Identity;

/// <summary>The contract against a real redis-server (each test under its own key prefix), and the key layout.</summary>
public sealed class RedisIdentificationAttemptStoreContractTests(RedisServerFixture redis)
    : IdentificationAttemptStoreContractTests, IClassFixture<RedisServerFixture>
{
    private IIdentificationAttemptStore? _store;

    protected override IIdentificationAttemptStore Store => _store ??= new RedisIdentificationAttemptStore(TestRedisCircuit.Over(redis.Admin), $"test-{Guid.NewGuid():N}:", Clock);

    [RedisFact]
    public async Task AnAttemptIsOneHashUnderThePrefixThatExpiresInRedisToo()
    {
        var store = new RedisIdentificationAttemptStore(TestRedisCircuit.Over(redis.Admin), "attempts-layout:", Clock);

        await store.AddAsync("claim:0123abcd", TimeSpan.FromMinutes(30), CancellationToken.None);

        var key = Assert.Single(await redis.AllKeysAsync(), k => k.StartsWith("attempts-layout:", StringComparison.Ordinal));
        Assert.Equal("attempts-layout:identity:attempts:claim:0123abcd", key);
        var fields = (await redis.Admin.GetDatabase().HashGetAllAsync(key)).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(["count", "forget", "last"], fields.Keys.Order());
        Assert.Equal("1", fields["count"]);
        var timeToLive = await redis.Admin.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.InRange(timeToLive!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task ARedisThatCannotBeReachedIsReportedAsUnavailableNotAsNoAttempts()
    {
        await using var nowhere = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(
            $"127.0.0.1:{RedisServer.FreePort()},abortConnect=false,connectTimeout=300,syncTimeout=300,asyncTimeout=300");
        var store = new RedisIdentificationAttemptStore(TestRedisCircuit.Over(nowhere), "nowhere:", Clock);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync("claim:x", CancellationToken.None));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.AddAsync("claim:x", TimeSpan.FromMinutes(1), CancellationToken.None));
    }
}
