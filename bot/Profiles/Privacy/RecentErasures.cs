using System.Collections.Concurrent;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>
/// Remembers, for a day, whose data this process erased and when, so signals recorded before the erasure but applied
/// after it (still in the buffer, or retried) do not bring the profile back.
/// </summary>
public sealed class RecentErasures(TimeProvider time)
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _erasedAt = new(StringComparer.Ordinal);

    public void Add(CustomerDataSubject subject)
    {
        var now = time.GetUtcNow();
        foreach (var (key, at) in _erasedAt)
        {
            if (now - at > Retention)
            {
                _erasedAt.TryRemove(key, out _);
            }
        }
        _erasedAt[subject.CustomerId] = now;
        foreach (var user in subject.ChannelUsers)
        {
            _erasedAt[user.ToString()] = now;
        }
    }

    /// <summary>True if the signal, recorded at <paramref name="recordedAt"/>, is about someone erased since.</summary>
    public bool Covers(ProfileSignal signal, DateTimeOffset recordedAt)
    {
        bool ErasedSince(string? key) => key is not null && _erasedAt.TryGetValue(key, out var erasedAt) && erasedAt >= recordedAt;
        return ErasedSince(signal.Subject.CustomerId)
            || ErasedSince(signal.Subject.User?.ToString())
            || (signal is CustomerIdentified identified && ErasedSince(identified.CustomerId));
    }
}
