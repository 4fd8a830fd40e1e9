using System.Diagnostics.Metrics;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>
/// Counts of profile signals (meter <c>EcomBot.Profiles</c>): applied, retried, dropped because the buffer was full,
/// and failed for good. The totals are readable here too, for tests and health checks.
/// </summary>
public sealed class ProfileSignalMetrics
{
    public const string MeterName = "EcomBot.Profiles";

    private readonly Counter<long> _applied;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _failed;
    private long _acceptedTotal;
    private long _appliedTotal;
    private long _retriedTotal;
    private long _droppedTotal;
    private long _failedTotal;

    public ProfileSignalMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _applied = meter.CreateCounter<long>("ecombot.profiles.signals.applied", description: "Profile signals applied to the store.");
        _retried = meter.CreateCounter<long>("ecombot.profiles.signals.retried", description: "Failed attempts to apply a signal that were retried.");
        _dropped = meter.CreateCounter<long>("ecombot.profiles.signals.dropped", description: "Signals dropped because the buffer was full.");
        _failed = meter.CreateCounter<long>("ecombot.profiles.signals.failed", description: "Signals given up on after an error that retrying cannot fix.");
    }

    /// <summary>Signals taken into the buffer (not dropped).</summary>
    public long Accepted => Interlocked.Read(ref _acceptedTotal);

    public long Applied => Interlocked.Read(ref _appliedTotal);

    public long Retried => Interlocked.Read(ref _retriedTotal);

    public long Dropped => Interlocked.Read(ref _droppedTotal);

    public long Failed => Interlocked.Read(ref _failedTotal);

    /// <summary>Accepted signals not yet applied or given up on: waiting in the buffer, being applied or being retried.</summary>
    public long Outstanding => Accepted - Applied - Failed;

    internal void OnAccepted() => Interlocked.Increment(ref _acceptedTotal);

    internal void OnApplied(string kind) => Count(_applied, ref _appliedTotal, kind);

    internal void OnRetried(string kind) => Count(_retried, ref _retriedTotal, kind);

    /// <summary>A signal counted as accepted did not fit in the buffer after all.</summary>
    internal long OnDropped(string kind)
    {
        Interlocked.Decrement(ref _acceptedTotal);
        return Count(_dropped, ref _droppedTotal, kind);
    }

    internal void OnFailed(string kind) => Count(_failed, ref _failedTotal, kind);

    private static long Count(Counter<long> counter, ref long total, string kind)
    {
        counter.Add(1, new KeyValuePair<string, object?>("signal", kind));
        return Interlocked.Increment(ref total);
    }
}
