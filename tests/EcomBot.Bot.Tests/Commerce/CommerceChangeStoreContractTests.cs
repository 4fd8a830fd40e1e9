using EcomBot.TestSupport;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.TestSupport.Redis;

namespace EcomBot.Bot.Tests.Commerce;

/// <summary>What every change store must do; run for each backend.</summary>
public abstract class CommerceChangeStoreContractTests
{
    private static readonly RecordKey Order = RecordKey.Order("#W1");
    private static readonly RecordKey User = RecordKey.User("ana_1");

    protected abstract ICommerceChangeStore CreateStore();

    [Fact]
    public async Task AnUnchangedRecordReadsAsNull() =>
        Assert.Null(await CreateStore().GetAsync(Order, CancellationToken.None));

    [Fact]
    public async Task AWriteExpectingTheValueReadSucceedsAndIsReadBack()
    {
        var store = CreateStore();

        Assert.True(await store.TryWriteAsync([new RecordWrite(Order, null, "v1")], CancellationToken.None));
        Assert.True(await store.TryWriteAsync([new RecordWrite(Order, "v1", "v2")], CancellationToken.None));

        Assert.Equal("v2", await store.GetAsync(Order, CancellationToken.None));
    }

    [Fact]
    public async Task AWriteBasedOnAStaleReadIsRejectedAndChangesNothingAtAll()
    {
        var store = CreateStore();
        await store.TryWriteAsync([new RecordWrite(Order, null, "theirs")], CancellationToken.None);

        var written = await store.TryWriteAsync([new RecordWrite(User, null, "mine"), new RecordWrite(Order, null, "mine")], CancellationToken.None);

        Assert.False(written);
        Assert.Equal("theirs", await store.GetAsync(Order, CancellationToken.None));
        Assert.Null(await store.GetAsync(User, CancellationToken.None));
    }

    [Fact]
    public async Task AnErasureWritesTheOrdersDeletesTheUsersRecordAndNoWriteBringsTheUserBack()
    {
        var store = CreateStore();
        await store.TryWriteAsync([new RecordWrite(User, null, "ana's address")], CancellationToken.None);

        Assert.True(await store.TryEraseUserAsync(User.Id, "ana's address", [new RecordWrite(Order, null, "anonymised")], CancellationToken.None));

        Assert.True(await store.IsErasedAsync(User.Id, CancellationToken.None));
        Assert.False(await store.IsErasedAsync("ben_2", CancellationToken.None));
        Assert.Null(await store.GetAsync(User, CancellationToken.None));
        Assert.Equal("anonymised", await store.GetAsync(Order, CancellationToken.None));
        Assert.False(await store.TryWriteAsync([new RecordWrite(User, null, "ana again")], CancellationToken.None));
        Assert.Null(await store.GetAsync(User, CancellationToken.None));
    }

    [Fact]
    public async Task AnErasureBasedOnAStaleReadChangesNothing()
    {
        var store = CreateStore();
        await store.TryWriteAsync([new RecordWrite(Order, null, "cancelled meanwhile")], CancellationToken.None);

        var erased = await store.TryEraseUserAsync(User.Id, null, [new RecordWrite(Order, null, "anonymised pending")], CancellationToken.None);

        Assert.False(erased);
        Assert.False(await store.IsErasedAsync(User.Id, CancellationToken.None));
        Assert.Equal("cancelled meanwhile", await store.GetAsync(Order, CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentGiftCardRefundsOnOneCustomerAreAllKept()
    {
        // liam_kovacs_4286 paid three pending orders with gift card 4544711 (balance 37.00).
        var store = new DemoCommerceStore(DemoData.Database, CreateStore());
        string[] orders = ["#W1547606", "#W5762451", "#W3417600"];

        await Task.WhenAll(orders.Select(id => Task.Run(() => store.CancelPendingOrderAsync(id, "no longer needed"))));

        var user = await store.GetUserAsync("liam_kovacs_4286");
        Assert.Equal(37.00m + 3232.90m + 1485.02m + 938.75m, user.PaymentMethods["gift_card_4544711"].Balance);
        Assert.All(orders, id => Assert.Equal("cancelled", store.GetOrderAsync(id).Result.Status));
    }

    [Fact]
    public async Task AChangeThatLostARaceIsRetriedOnTheNewRecordsInsteadOfOverwritingThem()
    {
        var shared = CreateStore();
        var other = new DemoCommerceStore(DemoData.Database, shared);
        // Between this store's read and its write, another turn refunds a second order to the same gift card.
        var racing = new InterleavingChangeStore(shared, () => other.CancelPendingOrderAsync("#W5762451", "no longer needed"));
        var store = new DemoCommerceStore(DemoData.Database, racing);

        await store.CancelPendingOrderAsync("#W3417600", "no longer needed");

        var user = await other.GetUserAsync("liam_kovacs_4286");
        Assert.Equal(37.00m + 1485.02m + 938.75m, user.PaymentMethods["gift_card_4544711"].Balance);
        Assert.Equal(2, racing.Writes);
    }

    /// <summary>Runs a competing change between the first read and the first write (of a change or an erasure) made through it.</summary>
    internal sealed class InterleavingChangeStore(ICommerceChangeStore inner, Func<Task> competingChange) : ICommerceChangeStore
    {
        public int Writes { get; private set; }

        public Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public Task<bool> IsErasedAsync(string userId, CancellationToken cancellationToken) => inner.IsErasedAsync(userId, cancellationToken);

        public async Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken)
        {
            await CompeteOnFirstWriteAsync();
            return await inner.TryWriteAsync(writes, cancellationToken);
        }

        public async Task<bool> TryEraseUserAsync(string userId, string? expectedUserJson, IReadOnlyCollection<RecordWrite> orderWrites, CancellationToken cancellationToken)
        {
            await CompeteOnFirstWriteAsync();
            return await inner.TryEraseUserAsync(userId, expectedUserJson, orderWrites, cancellationToken);
        }

        private async Task CompeteOnFirstWriteAsync()
        {
            if (Writes++ == 0)
            {
                await competingChange();
            }
        }
    }
}

public sealed class InMemoryCommerceChangeStoreTests : CommerceChangeStoreContractTests
{
    protected override ICommerceChangeStore CreateStore() => new InMemoryCommerceChangeStore();
}

public sealed class RedisCommerceChangeStoreTests(RedisServerFixture redis) : CommerceChangeStoreContractTests, IClassFixture<RedisServerFixture>
{
    // A fresh key space per test, so tests of one class share the server but not records.
    protected override ICommerceChangeStore CreateStore() => new RedisCommerceChangeStore(TestRedisCircuit.Over(redis.Admin), $"test:{Guid.NewGuid():N}:");

    [Fact]
    public async Task TheRecordOfErasureHoldsAHashNotTheCustomerId()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        var store = new RedisCommerceChangeStore(TestRedisCircuit.Over(redis.Admin), prefix);

        await store.TryEraseUserAsync("ana_lopez_1234", null, [], CancellationToken.None);

        var members = await redis.Admin.GetDatabase().SetMembersAsync($"{prefix}erased-users");
        Assert.Equal([ErasureMark.Of("ana_lopez_1234")], members.Select(m => m.ToString()));
    }

    [Fact]
    public async Task ChangesSurviveARestartOfTheStore()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        var before = new DemoCommerceStore(DemoData.Database, new RedisCommerceChangeStore(TestRedisCircuit.Over(redis.Admin), prefix));
        await before.CancelPendingOrderAsync("#W5762451", "ordered by mistake");

        var after = new DemoCommerceStore(DemoData.Database, new RedisCommerceChangeStore(TestRedisCircuit.Over(redis.Admin), prefix));

        Assert.Equal("cancelled", (await after.GetOrderAsync("#W5762451")).Status);
    }
}
