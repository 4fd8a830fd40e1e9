using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>
/// The bounded buffer between a turn and the profile store: <see cref="Record"/> only enqueues, so a slow or absent
/// Redis never slows a reply. When full, the new signal is dropped, counted and logged (no personal data).
/// </summary>
public sealed partial class ProfileSignalBuffer : IProfileSignals
{
    private readonly Channel<PendingSignal> _channel;
    private readonly ProfileSignalMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<ProfileSignalBuffer> _logger;

    public ProfileSignalBuffer(
        IOptions<ProfileSignalOptions> options, ProfileSignalMetrics metrics, TimeProvider time, ILogger<ProfileSignalBuffer> logger)
    {
        _channel = Channel.CreateBounded<PendingSignal>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    internal ChannelReader<PendingSignal> Reader => _channel.Reader;

    /// <summary>Signals recorded and not yet taken by the worker.</summary>
    public int Pending => _channel.Reader.Count;

    public bool Record(ProfileSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        // Counted before the write so that Outstanding never dips below zero while the worker races ahead.
        _metrics.OnAccepted();
        if (_channel.Writer.TryWrite(new PendingSignal(signal, _time.GetUtcNow())))
        {
            return true;
        }
        var dropped = _metrics.OnDropped(signal.GetType().Name);
        // The first drop and then every hundredth: an outage must be visible without flooding the log.
        if (dropped == 1 || dropped % 100 == 0)
        {
            LogDropped(signal.GetType().Name, dropped);
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Profile signal buffer is full; dropped a {Kind} signal ({Dropped} dropped since start). Is the profile store reachable?")]
    private partial void LogDropped(string kind, long dropped);
}
