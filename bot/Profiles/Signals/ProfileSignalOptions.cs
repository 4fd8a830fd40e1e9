using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>Buffering and retrying of profile signals (section <c>Profiles:Signals</c>).</summary>
public sealed class ProfileSignalOptions
{
    public const string SectionName = "Profiles:Signals";

    /// <summary>Signals held while the store is slow or down; more are dropped and counted.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Profiles:Signals:QueueCapacity must be between 1 and 10000000.")]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>First wait after a failed write; doubled on each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "Profiles:Signals:RetryInitialDelay must be between 1 ms and 10 minutes.")]
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Profiles:Signals:RetryMaxDelay must be between 1 ms and 1 hour.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long shutting down may spend applying what is still buffered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Profiles:Signals:ShutdownDrainTimeout must be between 0 and 5 minutes.")]
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
