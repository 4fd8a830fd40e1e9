using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Privacy;

namespace EcomBot.Integration.Tests.Cart;

/// <summary>The contract against a real redis-server (each test under its own key prefix), the key layout, and erasure.</summary>
public sealed class RedisCartStoreContractTests(RedisServerFixture redis) : CartStoreContractTests, IClassFixture<RedisServerFixture>
{
    protected override ICartStore Store { get; } = new RedisCartStore(TestRedisCircuit.Over(redis.Admin), $"test-{Guid.NewGuid():N}:");

    [RedisFact]
    public async Task ACartIsOneHashWithAFieldPerItem()
    {
        var store = new RedisCartStore(TestRedisCircuit.Over(redis.Admin), "cart-layout:");

        await store.AddAsync(Ana, Shirt(), CancellationToken.None);
        await store.AddAsync(Ana, Boots(), CancellationToken.None);

        var keys = (await redis.AllKeysAsync()).Where(key => key.StartsWith("cart-layout:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["cart-layout:cart:customer:ana_lopez_1234"], keys);
        var fields = await redis.Admin.GetDatabase().HashKeysAsync(keys[0]);
        Assert.Equal(["1176194968", "8277474082"], fields.Select(f => f.ToString()).Order());
    }

    [RedisFact]
    public async Task AfterErasureAScanFindsNoCartOfTheCustomerOrTheirChannelAccounts()
    {
        var store = new RedisCartStore(TestRedisCircuit.Over(redis.Admin), "cart-erase:");
        var privacy = new CartPersonalData(store);
        var subject = new CustomerDataSubject("ana_lopez_1234", [new ChannelUser("webchat", "dl_visitor")], []);
        await store.AddAsync(Ana, Shirt(), CancellationToken.None);
        await store.AddAsync(Visitor, Boots(), CancellationToken.None);
        var export = await privacy.ExportAsync(subject, CancellationToken.None);

        await privacy.EraseAsync(subject, CancellationToken.None);

        Assert.Equal("T-Shirt", export!["customer:ana_lopez_1234"]![0]!["productName"]!.GetValue<string>());
        Assert.Equal("Hiking Boots", export["user:webchat:dl_visitor"]![0]!["productName"]!.GetValue<string>());
        Assert.DoesNotContain(await redis.AllKeysAsync(), key => key.StartsWith("cart-erase:", StringComparison.Ordinal));
        Assert.Null(await privacy.ExportAsync(subject, CancellationToken.None));
    }
}
