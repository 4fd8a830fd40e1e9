using System.Collections.Concurrent;

namespace EcomBot.Bot.Channels.DirectLine.Limits;

/// <summary>The counters in this process's memory: right for one replica, per replica for several.</summary>
public sealed class InMemoryDirectLineQuotas(TimeProvider time) : IDirectLineQuotas
{
    private readonly ConcurrentDictionary<string, MinuteCount> _minutes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _streams = new(StringComparer.Ordinal);
    private long _sweptMinute;

    public Task<bool> TryTakeAsync(string bucket, int perMinute, CancellationToken cancellationToken)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        SweepBefore(minute);
        var count = _minutes.AddOrUpdate(bucket, _ => new MinuteCount(minute, 1),
            (_, current) => current.Minute == minute ? current with { Uses = current.Uses + 1 } : new MinuteCount(minute, 1));
        return Task.FromResult(count.Uses <= perMinute);
    }

    public Task<IAsyncDisposable?> TryOpenStreamAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        lock (_streams)
        {
            var open = _streams.GetValueOrDefault(conversationId);
            if (open >= limit)
            {
                return Task.FromResult<IAsyncDisposable?>(null);
            }
            _streams[conversationId] = open + 1;
        }
        return Task.FromResult<IAsyncDisposable?>(new StreamPlace(this, conversationId));
    }

    private void Release(string conversationId)
    {
        lock (_streams)
        {
            if (_streams.TryGetValue(conversationId, out var open) && open > 1)
            {
                _streams[conversationId] = open - 1;
            }
            else
            {
                _streams.TryRemove(conversationId, out _);
            }
        }
    }

    /// <summary>Once a minute, drops the counts of past minutes, so idle buckets do not pile up.</summary>
    private void SweepBefore(long minute)
    {
        var swept = Interlocked.Read(ref _sweptMinute);
        if (swept >= minute || Interlocked.CompareExchange(ref _sweptMinute, minute, swept) != swept)
        {
            return;
        }
        foreach (var (bucket, count) in _minutes)
        {
            if (count.Minute < minute)
            {
                _minutes.TryRemove(new KeyValuePair<string, MinuteCount>(bucket, count));
            }
        }
    }

    private sealed record MinuteCount(long Minute, int Uses);

    private sealed class StreamPlace(InMemoryDirectLineQuotas owner, string conversationId) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(conversationId);
            }
            return ValueTask.CompletedTask;
        }
    }
}
