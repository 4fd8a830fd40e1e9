using EcomBot.Bot.Channels.DirectLine.Limits;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>What every backend of the Direct Line's rate and stream counters must do.</summary>
public abstract class DirectLineQuotasContractTests
{
    protected AdjustableClock Clock { get; } = new();

    protected abstract IDirectLineQuotas CreateQuotas();

    [Fact]
    public async Task ABucketTakesItsLimitInAMinuteThenRefusesUntilTheNextMinute()
    {
        var quotas = CreateQuotas();
        var bucket = QuotaBuckets.Posts(Guid.NewGuid().ToString("N"));

        var taken = new List<bool>();
        for (var n = 0; n < 4; n++)
        {
            taken.Add(await quotas.TryTakeAsync(bucket, 3, CancellationToken.None));
        }
        Clock.Advance(TimeSpan.FromSeconds(61));
        var nextMinute = await quotas.TryTakeAsync(bucket, 3, CancellationToken.None);

        Assert.Equal([true, true, true, false], taken);
        Assert.True(nextMinute);
    }

    [Fact]
    public async Task BucketsCountApart()
    {
        var quotas = CreateQuotas();
        var mine = QuotaBuckets.ConversationsFrom("203.0.113.1");
        var theirs = QuotaBuckets.ConversationsFrom("203.0.113.2");

        await quotas.TryTakeAsync(mine, 1, CancellationToken.None);

        Assert.False(await quotas.TryTakeAsync(mine, 1, CancellationToken.None));
        Assert.True(await quotas.TryTakeAsync(theirs, 1, CancellationToken.None));
    }

    [Fact]
    public async Task AConversationHoldsItsLimitOfStreamsAndAClosedOneFreesItsPlace()
    {
        var quotas = CreateQuotas();
        var conversation = Guid.NewGuid().ToString("N");

        await using var first = await quotas.TryOpenStreamAsync(conversation, 2, CancellationToken.None);
        var second = await quotas.TryOpenStreamAsync(conversation, 2, CancellationToken.None);
        var third = await quotas.TryOpenStreamAsync(conversation, 2, CancellationToken.None);
        await using var elsewhere = await quotas.TryOpenStreamAsync(Guid.NewGuid().ToString("N"), 2, CancellationToken.None);
        await second!.DisposeAsync();
        await using var afterClosing = await quotas.TryOpenStreamAsync(conversation, 2, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(third);
        Assert.NotNull(elsewhere);
        Assert.NotNull(afterClosing);
    }
}

public sealed class InMemoryDirectLineQuotasContractTests : DirectLineQuotasContractTests
{
    protected override IDirectLineQuotas CreateQuotas() => new InMemoryDirectLineQuotas(Clock);
}

/// <summary>The contract against a real redis-server, and what only Redis gives: one limit for all replicas.</summary>
public sealed class RedisDirectLineQuotasContractTests(RedisServerFixture redis)
    : DirectLineQuotasContractTests, IClassFixture<RedisServerFixture>
{
    private readonly string _prefix = $"quotas-{Guid.NewGuid():N}:";

    protected override IDirectLineQuotas CreateQuotas() => new RedisDirectLineQuotas(redis.Admin, _prefix, Clock);

    [RedisFact]
    public async Task ReplicasCountAgainstOneLimit()
    {
        await using var otherConnection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var one = CreateQuotas();
        var other = new RedisDirectLineQuotas(otherConnection, _prefix, Clock);
        var bucket = QuotaBuckets.Posts("shared");
        var conversation = Guid.NewGuid().ToString("N");

        var first = await one.TryTakeAsync(bucket, 2, CancellationToken.None);
        var second = await other.TryTakeAsync(bucket, 2, CancellationToken.None);
        var third = await one.TryTakeAsync(bucket, 2, CancellationToken.None);
        await using var stream = await one.TryOpenStreamAsync(conversation, 1, CancellationToken.None);
        var secondStream = await other.TryOpenStreamAsync(conversation, 1, CancellationToken.None);

        Assert.Equal([true, true, false], [first, second, third]);
        Assert.NotNull(stream);
        Assert.Null(secondStream);
    }

    [RedisFact]
    public async Task TheStreamPlaceOfAReplicaThatDiedFreesItselfWhenItsLeaseEnds()
    {
        var conversation = Guid.NewGuid().ToString("N");
        // Never disposed while the test looks: its replica "died" holding it.
        var abandoned = await CreateQuotas().TryOpenStreamAsync(conversation, 1, CancellationToken.None);

        var whileLeased = await CreateQuotas().TryOpenStreamAsync(conversation, 1, CancellationToken.None);
        Clock.Advance(RedisDirectLineQuotas.Lease + TimeSpan.FromSeconds(1));
        await using var afterLease = await CreateQuotas().TryOpenStreamAsync(conversation, 1, CancellationToken.None);

        Assert.NotNull(abandoned);
        Assert.Null(whileLeased);
        Assert.NotNull(afterLease);
        await abandoned.DisposeAsync();
    }
}
