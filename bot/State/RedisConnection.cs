using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EcomBot.Bot.State;

/// <summary>
/// The one connection to Redis, opened asynchronously while the host starts (it is a hosted service registered before
/// the web server's), so no request thread waits for a connect. With <c>AbortOnConnectFail</c> off, a Redis that is
/// down costs start-up one <see cref="RedisOptions.ConnectTimeout"/>; the multiplexer then reconnects in the background
/// and the <see cref="RedisCircuit"/> fails calls fast until it has.
/// </summary>
public sealed partial class RedisConnection : IHostedService, IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Func<Task<IConnectionMultiplexer>> _connect;
    private readonly bool _owned;
    private readonly ILogger _logger;
    private Task<IConnectionMultiplexer>? _connecting;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        _connect = async () => await ConnectionMultiplexer.ConnectAsync(options.Value.ToConfigurationOptions());
        _owned = true;
        _logger = logger;
    }

    private RedisConnection(IConnectionMultiplexer connected, ILogger logger)
    {
        _connecting = Task.FromResult(connected);
        _connect = () => Task.FromResult(connected);
        _logger = logger;
    }

    /// <summary>A connection someone else opened and disposes (tests that build stores by hand).</summary>
    public static RedisConnection Over(IConnectionMultiplexer connected, ILogger logger) => new(connected, logger);

    /// <summary>The multiplexer once connecting has finished (connected or reconnecting in the background); null before.</summary>
    public IConnectionMultiplexer? Current
    {
        get
        {
            lock (_gate)
            {
                return _connecting is { IsCompletedSuccessfully: true } connected ? connected.Result : null;
            }
        }
    }

    /// <summary>
    /// The multiplexer. After start-up it is the one opened then; a container used without starting its host (a
    /// registration test, a command-line verb) connects on first use instead, waiting for it once.
    /// </summary>
    public IConnectionMultiplexer Multiplexer
    {
        get
        {
            var connecting = ConnectAsync();
            if (!connecting.IsCompleted)
            {
                LogConnectingOnFirstUse();
            }
            return connecting.GetAwaiter().GetResult();
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await ConnectAsync().WaitAsync(cancellationToken);
        if (!multiplexer.IsConnected)
        {
            LogNotConnectedAtStart();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (Opened() is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }
    }

    public void Dispose() => Opened()?.Dispose();

    /// <summary>The multiplexer this instance opened and must close, if it did.</summary>
    private IConnectionMultiplexer? Opened()
    {
        return _owned ? Current : null;
    }

    private Task<IConnectionMultiplexer> ConnectAsync()
    {
        lock (_gate)
        {
            return _connecting ??= _connect();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis did not answer during start-up; the bot starts without it and reconnects in the background.")]
    private partial void LogNotConnectedAtStart();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis was needed before the host started; connecting now.")]
    private partial void LogConnectingOnFirstUse();
}
