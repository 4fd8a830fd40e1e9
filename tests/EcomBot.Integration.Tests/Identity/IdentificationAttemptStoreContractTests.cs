using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.Identity;

/// <summary>What every store of identification attempts must do, run against each backend on a clock the test moves.</summary>
public abstract class IdentificationAttemptStoreContractTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    protected AdjustableClock Clock { get; } = new();

    protected abstract IIdentificationAttemptStore Store { get; }

    [Fact]
    public async Task AKeyNeverCountedHasNoAttempts() =>
        Assert.Equal(AttemptTally.None, await Store.GetAsync("claim:never", CancellationToken.None));

    [Fact]
    public async Task EachAttemptIsCountedWithTheTimeOfTheLast()
    {
        await Store.AddAsync("claim:a", Day, CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(3));
        var added = await Store.AddAsync("claim:a", Day, CancellationToken.None);

        var read = await Store.GetAsync("claim:a", CancellationToken.None);

        Assert.Equal(2, added.Count);
        Assert.Equal(added, read);
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), read.LastAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task KeysAreCountedApart()
    {
        await Store.AddAsync("conversation:1", Day, CancellationToken.None);
        await Store.AddAsync("conversation:1", Day, CancellationToken.None);
        await Store.AddAsync("user:1", Day, CancellationToken.None);

        Assert.Equal(2, (await Store.GetAsync("conversation:1", CancellationToken.None)).Count);
        Assert.Equal(1, (await Store.GetAsync("user:1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AttemptsAreForgottenOnceTheTimeGivenWithTheLastHasPassed()
    {
        await Store.AddAsync("claim:b", TimeSpan.FromMinutes(10), CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(9));
        await Store.AddAsync("claim:b", TimeSpan.FromMinutes(10), CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(9));
        var stillRemembered = await Store.GetAsync("claim:b", CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(2, stillRemembered.Count);
        Assert.Equal(AttemptTally.None, await Store.GetAsync("claim:b", CancellationToken.None));
        Assert.Equal(1, (await Store.AddAsync("claim:b", TimeSpan.FromMinutes(10), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ConcurrentAttemptsAreAllCounted()
    {
        // One store for all: a store made lazily on first use must not be made twice by racing threads.
        var store = Store;
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => store.AddAsync("claim:c", Day, CancellationToken.None))));

        Assert.Equal(50, (await store.GetAsync("claim:c", CancellationToken.None)).Count);
    }
}
