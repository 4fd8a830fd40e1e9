using StackExchange.Redis;

namespace EcomBot.Bot.State;

/// <summary>
/// The one way the Redis stores reach Redis, so an outage costs a turn nothing: the circuit is open while the
/// multiplexer reports no connection (its <c>ConnectionFailed</c> / <c>ConnectionRestored</c> events and
/// <c>IsConnected</c>), and for <see cref="RedisOptions.CircuitBreakDuration"/> after a command timed out. While open,
/// every call throws <see cref="StoreUnavailableException"/> at once instead of waiting for a timeout; connection and
/// timeout failures of a call become that exception too, so callers handle one type.
/// </summary>
public sealed partial class RedisCircuit : IDisposable
{
    private readonly RedisConnection _connection;
    private readonly TimeSpan _breakDuration;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisCircuit> _logger;
    private IConnectionMultiplexer? _watched;
    private long _brokenUntilTicks;
    private int _reportedOpen;

    /// <summary>The circuit over the application's connection; it reaches the multiplexer on first use, so building a
    /// store does not wait for Redis.</summary>
    public RedisCircuit(RedisConnection connection, TimeSpan breakDuration, TimeProvider time, ILogger<RedisCircuit> logger)
    {
        _connection = connection;
        _breakDuration = breakDuration;
        _time = time;
        _logger = logger;
    }

    /// <summary>The circuit over a multiplexer someone else opened (stores built by hand in tests and tools).</summary>
    public RedisCircuit(IConnectionMultiplexer redis, TimeSpan breakDuration, TimeProvider time, ILogger<RedisCircuit> logger)
        : this(RedisConnection.Over(redis, logger), breakDuration, time, logger)
    {
    }

    /// <summary>True while calls fail without reaching Redis.</summary>
    public bool IsOpen => !Redis.IsConnected || _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _brokenUntilTicks);

    private IConnectionMultiplexer Redis
    {
        get
        {
            if (Volatile.Read(ref _watched) is { } watched)
            {
                return watched;
            }
            var redis = _connection.Multiplexer;
            if (Interlocked.CompareExchange(ref _watched, redis, null) is null)
            {
                redis.ConnectionFailed += OnConnectionFailed;
                redis.ConnectionRestored += OnConnectionRestored;
            }
            return redis;
        }
    }

    /// <summary>Runs a read: on failure nothing was changed.</summary>
    public Task<T> ReadAsync<T>(string store, Func<IDatabase, Task<T>> read) => RunAsync(store, read, isWrite: false);

    /// <summary>Runs a write: a failure after the command was sent is reported as <see cref="StoreUnavailableException.OutcomeUnknown"/>.</summary>
    public Task<T> WriteAsync<T>(string store, Func<IDatabase, Task<T>> write) => RunAsync(store, write, isWrite: true);

    public Task WriteAsync(string store, Func<IDatabase, Task> write) =>
        RunAsync(store, async database =>
        {
            await write(database);
            return true;
        }, isWrite: true);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _watched, null) is { } redis)
        {
            redis.ConnectionFailed -= OnConnectionFailed;
            redis.ConnectionRestored -= OnConnectionRestored;
        }
    }

    private async Task<T> RunAsync<T>(string store, Func<IDatabase, Task<T>> operation, bool isWrite)
    {
        var redis = Redis;
        if (IsOpen)
        {
            ReportOpen(redis.IsConnected ? "commands timed out" : "not connected");
            throw new StoreUnavailableException(store, outcomeUnknown: false);
        }
        try
        {
            var result = await operation(redis.GetDatabase());
            if (Volatile.Read(ref _reportedOpen) == 1 && Interlocked.Exchange(ref _reportedOpen, 0) == 1)
            {
                LogClosed();
            }
            return result;
        }
        catch (Exception failure) when (IsUnavailability(failure))
        {
            if (failure is RedisTimeoutException || failure is RedisServerException)
            {
                Interlocked.Exchange(ref _brokenUntilTicks, (_time.GetUtcNow() + _breakDuration).UtcTicks);
            }
            ReportOpen(failure.GetType().Name);
            throw new StoreUnavailableException(store, isWrite && MayHaveBeenSent(failure), failure);
        }
    }

    private static bool IsUnavailability(Exception failure) =>
        failure is RedisConnectionException or RedisTimeoutException
        || failure is RedisServerException { Message: var message }
            && (message.StartsWith("LOADING", StringComparison.Ordinal) || message.StartsWith("BUSY", StringComparison.Ordinal)
                || message.StartsWith("READONLY", StringComparison.Ordinal));

    private static bool MayHaveBeenSent(Exception failure) => failure switch
    {
        RedisConnectionException connection => connection.CommandStatus is not (CommandStatus.WaitingToBeSent or CommandStatus.WaitingInBacklog),
        RedisTimeoutException timeout => timeout.Commandstatus is not (CommandStatus.WaitingToBeSent or CommandStatus.WaitingInBacklog),
        _ => false, // the server refused it (LOADING, BUSY, READONLY): not applied
    };

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => ReportOpen(e.FailureType.ToString());

    // A break after timeouts runs its course even if the connection comes back: an overloaded server often drops and
    // restores connections while still too slow to answer.
    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (!IsOpen && Interlocked.Exchange(ref _reportedOpen, 0) == 1)
        {
            LogClosed();
        }
    }

    /// <summary>Logs an opening once, not on every call that finds the circuit open.</summary>
    private void ReportOpen(string reason)
    {
        if (Interlocked.Exchange(ref _reportedOpen, 1) == 0)
        {
            LogOpened(reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis is unavailable ({Reason}); stores fail fast, turns go on without stored state until it is back.")]
    private partial void LogOpened(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is answering again; stores use it.")]
    private partial void LogClosed();
}
