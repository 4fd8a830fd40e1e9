using EcomBot.Bot.Conversation.Ending;
using EcomBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Conversation.Ending;

public sealed class IdleConversationSweepTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly InMemoryOpenConversations _open = new();
    private readonly RecordedConversationEnds _ends = new();
    private readonly IdleConversationSweep _sweep;

    public IdleConversationSweepTests() => _sweep = Sweep(_open);

    private IdleConversationSweep Sweep(IOpenConversations open) => new(
        open,
        new ConversationEndPublisher([_ends], NullLogger<ConversationEndPublisher>.Instance),
        Options.Create(new ConversationEndingOptions { IdleMinutes = 30, IdleSweepSeconds = 60 }),
        _clock,
        NullLogger<IdleConversationSweep>.Instance);

    private Task TouchAsync(string conversationId, string? customerId = null) =>
        _open.TouchAsync(new OpenConversation("webchat", conversationId, customerId, _clock.GetUtcNow()), CancellationToken.None);

    [Fact]
    public async Task AConversationSilentForTheIdleTimeIsEndedOnceAsIdleWithItsCustomer()
    {
        await TouchAsync("c1", "raj_sanchez_2970");

        _clock.Advance(TimeSpan.FromMinutes(29));
        var early = await _sweep.SweepAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var due = await _sweep.SweepAsync(CancellationToken.None);
        var again = await _sweep.SweepAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0), (early, due, again));
        var ended = Assert.Single(_ends.All);
        Assert.Equal(new ConversationEnded("webchat", "c1", "raj_sanchez_2970", ConversationEndReason.Idle, Start.AddMinutes(30)), ended);
    }

    [Fact]
    public async Task ANewMessageStartsTheIdleTimeAgain()
    {
        await TouchAsync("c1");
        _clock.Advance(TimeSpan.FromMinutes(20));
        await TouchAsync("c1");
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(0, await _sweep.SweepAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await _sweep.SweepAsync(CancellationToken.None));
        Assert.Equal(Start.AddMinutes(50), Assert.Single(_ends.All).At);
    }

    [Fact]
    public async Task OneSweepEndsMoreIdleConversationsThanOneBatchHolds()
    {
        var count = IdleConversationSweep.BatchSize + 7;
        for (var i = 0; i < count; i++)
        {
            await TouchAsync($"c{i}");
        }
        _clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(count, await _sweep.SweepAsync(CancellationToken.None));
        Assert.Equal(count, _ends.All.Select(e => e.ConversationId).Distinct().Count());
    }

    [Fact]
    public async Task TwoSweepsOverOneStoreEndEachIdleConversationOnce()
    {
        for (var i = 0; i < 50; i++)
        {
            await TouchAsync($"c{i}");
        }
        _clock.Advance(TimeSpan.FromHours(1));
        var other = Sweep(_open);

        var counts = await Task.WhenAll(
            Task.Run(() => _sweep.SweepAsync(CancellationToken.None)),
            Task.Run(() => other.SweepAsync(CancellationToken.None)));

        Assert.Equal(50, counts.Sum());
        Assert.Equal(50, _ends.All.Select(e => e.ConversationId).Distinct().Count());
    }

    [Fact]
    public async Task TheRunningServiceSweepsOnItsIntervalAsTheClockMoves()
    {
        await TouchAsync("c1");
        await _sweep.StartAsync(CancellationToken.None);
        try
        {
            // Minute by minute, as a real clock moves: the service's timer may start after the first step.
            var ended = false;
            for (var minute = 1; minute <= 40 && !ended; minute++)
            {
                _clock.Advance(TimeSpan.FromMinutes(1));
                ended = await _ends.NextAsync(TimeSpan.FromMilliseconds(minute < 30 ? 20 : 2000));
            }
        }
        finally
        {
            await _sweep.StopAsync(CancellationToken.None);
        }
        Assert.Equal("c1", Assert.Single(_ends.All).ConversationId);
        Assert.True(_clock.GetUtcNow() >= Start.AddMinutes(30), "ended before the idle time ran out");
    }

    [Fact]
    public async Task AListenerThatFailsDoesNotKeepTheEndFromTheOthers()
    {
        var publisher = new ConversationEndPublisher([new FailingListener(), _ends], NullLogger<ConversationEndPublisher>.Instance);

        await publisher.PublishAsync(new ConversationEnded("webchat", "c1", null, ConversationEndReason.Goodbye, Start), CancellationToken.None);

        Assert.Single(_ends.All);
    }

    private sealed class FailingListener : IConversationEndListener
    {
        public Task OnConversationEndedAsync(ConversationEnded ended, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("listener bug");
    }
}
