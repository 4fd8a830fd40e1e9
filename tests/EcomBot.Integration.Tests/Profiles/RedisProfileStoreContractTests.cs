using EcomBot.Bot.Profiles.Storage;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>The contract against a real redis-server; each test writes under its own key prefix.</summary>
public sealed class RedisProfileStoreContractTests(RedisServerFixture redis) : ProfileStoreContractTests, IClassFixture<RedisServerFixture>
{
    protected override IProfileStore Store { get; } = new RedisProfileStore(TestRedisCircuit.Over(redis.Admin), $"test-{Guid.NewGuid():N}:");

    [RedisFact]
    public async Task AProfileIsOneCompactHashAndEachChannelUserOneIndexKey()
    {
        var store = new RedisProfileStore(TestRedisCircuit.Over(redis.Admin), "layout:");

        await store.UpdateAsync("mia_garcia_4516", profile => SampleProfiles.Fill(profile));

        var keys = (await redis.AllKeysAsync()).Where(key => key.StartsWith("layout:", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(["layout:profile-user:msteams:29:abc", "layout:profile-user:webchat:dl_123", "layout:profile:mia_garcia_4516"], keys);
        var database = redis.Admin.GetDatabase();
        Assert.Equal("hash", (await database.KeyTypeAsync("layout:profile:mia_garcia_4516")).ToString().ToLowerInvariant());
        Assert.Equal("Mia Garcia", (await database.HashGetAsync("layout:profile:mia_garcia_4516", "n")).ToString());
    }
}
