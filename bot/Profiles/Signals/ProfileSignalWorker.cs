using EcomBot.Bot.Profiles.Storage;
using EcomBot.Bot.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>
/// Drains <see cref="ProfileSignalQueue"/> in order. A signal that fails because the store is unreachable is retried
/// with exponential back-off until it succeeds, holding the queue meanwhile (so nothing is lost while Redis restarts;
/// what arrives past the buffer's bound is dropped and counted). Any other error is logged and the signal skipped.
/// </summary>
public sealed partial class ProfileSignalWorker(
    ProfileSignalQueue queue,
    ProfileSignalApplier applier,
    ProfileSignalMetrics metrics,
    IOptions<ProfileSignalOptions> options,
    TimeProvider time,
    ILogger<ProfileSignalWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        PendingSignal? current = null;
        try
        {
            await foreach (var pending in queue.Reader.ReadAllAsync(stoppingToken))
            {
                current = pending;
                await ApplyWithRetryAsync(pending, stoppingToken);
                current = null;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await DrainAsync(current);
        }
    }

    private async Task ApplyWithRetryAsync(PendingSignal pending, CancellationToken stoppingToken)
    {
        var kind = pending.Signal.GetType().Name;
        var delay = options.Value.RetryInitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await applier.ApplyAsync(pending, stoppingToken);
                metrics.OnApplied(kind);
                return;
            }
            catch (Exception failure) when (IsTransient(failure) && !stoppingToken.IsCancellationRequested)
            {
                metrics.OnRetried(kind);
                if (attempt == 1 || attempt % 20 == 0)
                {
                    LogRetrying(kind, attempt, failure.GetType().Name, delay);
                }
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.RetryMaxDelay.Ticks));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                metrics.OnFailed(kind);
                LogFailed(kind, failure.GetType().Name);
                return;
            }
        }
    }

    /// <summary>On shutdown, one attempt each for the interrupted signal and what is still buffered, within the configured time.</summary>
    private async Task DrainAsync(PendingSignal? interrupted)
    {
        using var budget = new CancellationTokenSource(options.Value.ShutdownDrainTimeout, time);
        var left = 0;
        var pending = interrupted;
        while (pending is not null || queue.Reader.TryRead(out pending))
        {
            try
            {
                await applier.ApplyAsync(pending, budget.Token);
                metrics.OnApplied(pending.Signal.GetType().Name);
            }
            catch (Exception failure) when (IsTransient(failure) || failure is OperationCanceledException)
            {
                left++;
            }
            pending = null;
        }
        if (left > 0)
        {
            LogLostOnShutdown(left);
        }
    }

    private static bool IsTransient(Exception failure) =>
        failure is StoreUnavailableException or RedisConnectionException or RedisTimeoutException or TimeoutException or ProfileConcurrencyException
        || failure is RedisServerException { Message: var message } && (message.StartsWith("LOADING", StringComparison.Ordinal)
            || message.StartsWith("BUSY", StringComparison.Ordinal) || message.StartsWith("READONLY", StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile store unavailable applying a {Kind} signal (attempt {Attempt}, {Error}); retrying in {Delay}.")]
    private partial void LogRetrying(string kind, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apply a {Kind} profile signal ({Error}); skipped.")]
    private partial void LogFailed(string kind, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} profile signals could not be applied before shutdown.")]
    private partial void LogLostOnShutdown(int count);
}
