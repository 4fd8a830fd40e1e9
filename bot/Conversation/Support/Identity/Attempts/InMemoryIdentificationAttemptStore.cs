namespace EcomBot.Bot.Conversation.Support.Identity.Attempts;

/// <summary>Attempts of this process only (one replica, no Redis). Forgotten keys are swept now and then, so keys made
/// up by a guesser do not accumulate beyond their remembered time.</summary>
public sealed class InMemoryIdentificationAttemptStore(TimeProvider clock) : IIdentificationAttemptStore
{
    private const int SweepEvery = 1024;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _addsSinceSweep;

    public Task<AttemptTally> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Current(key, clock.GetUtcNow()));
        }
    }

    public Task<AttemptTally> AddAsync(string key, TimeSpan rememberFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (++_addsSinceSweep >= SweepEvery)
            {
                Sweep(now);
            }
            var tally = new AttemptTally(Current(key, now).Count + 1, now);
            _entries[key] = new Entry(tally, now + rememberFor);
            return Task.FromResult(tally);
        }
    }

    private AttemptTally Current(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && entry.ForgetAt > now ? entry.Tally : AttemptTally.None;

    private void Sweep(DateTimeOffset now)
    {
        _addsSinceSweep = 0;
        foreach (var forgotten in _entries.Where(e => e.Value.ForgetAt <= now).Select(e => e.Key).ToList())
        {
            _entries.Remove(forgotten);
        }
    }

    private sealed record Entry(AttemptTally Tally, DateTimeOffset ForgetAt);
}
