using System.Diagnostics;
using EcomBot.Bot.State;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Profiles;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Redis;

/// <summary>The circuit in front of Redis, on a real server connected with the bot's own settings.</summary>
public sealed class RedisCircuitTests
{
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(1);

    [RedisFact]
    public async Task WhileRedisIsDownEveryCallFailsAtOnceAndTheCircuitClosesWhenItIsBack()
    {
        await using var server = await RedisServer.StartAsync();
        var options = new RedisOptions { ConnectionString = server.ConnectionString };
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options.ToConfigurationOptions());
        using var circuit = new RedisCircuit(redis, options.CircuitBreakDuration, TimeProvider.System, NullLogger<RedisCircuit>.Instance);
        await circuit.WriteAsync("test", database => database.StringSetAsync("greeting", "hello"));

        server.Kill();
        await Eventually.TrueAsync(() => circuit.IsOpen, "the circuit sees the connection fail");
        var clock = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => circuit.ReadAsync("test", database => database.StringGetAsync("greeting")));
        var refusedIn = clock.Elapsed;
        await server.RestartAsync();
        await Eventually.TrueAsync(() => !circuit.IsOpen, "the circuit closes once the connection is restored");

        Assert.False(refused.OutcomeUnknown);
        Assert.True(refusedIn < AtOnce, $"refusing took {refusedIn.TotalMilliseconds:0} ms");
        Assert.True(await circuit.WriteAsync("test", database => database.StringSetAsync("greeting", "again")));
    }

    [RedisFact]
    public async Task ACommandThatTimesOutOpensTheCircuitSoTheNextCallsDoNotWaitUntilTheBreakIsOverEvenIfTheConnectionIsBack()
    {
        await using var server = await RedisServer.StartAsync();
        var options = new RedisOptions { ConnectionString = server.ConnectionString, OperationTimeout = TimeSpan.FromMilliseconds(200) };
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options.ToConfigurationOptions());
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{server.ConnectionString},syncTimeout=10000,asyncTimeout=10000");
        var clock = new AdjustableClock();
        using var circuit = new RedisCircuit(redis, TimeSpan.FromSeconds(30), clock, NullLogger<RedisCircuit>.Instance);

        // The server stays connected but answers nobody for three seconds, as an overloaded Redis would.
        var busy = admin.GetDatabase().ScriptEvaluateAsync("""
            local start = redis.call('TIME')
            while true do
              local now = redis.call('TIME')
              if (now[1] - start[1]) * 1000000 + (now[2] - start[2]) > 3000000 then return 1 end
            end
            """);
        await Task.Delay(200);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => circuit.ReadAsync("test", database => database.StringGetAsync("greeting")));
        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => circuit.ReadAsync("test", database => database.StringGetAsync("greeting")));
        var refusedIn = stopwatch.Elapsed;
        await busy;
        await Eventually.TrueAsync(() => redis.IsConnected, "the connection is back once the server answers again");
        var openDuringTheBreak = circuit.IsOpen;
        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.True(refusedIn < AtOnce, $"an open circuit still took {refusedIn.TotalMilliseconds:0} ms");
        Assert.True(openDuringTheBreak);
        Assert.False(circuit.IsOpen);
        Assert.True((await circuit.ReadAsync("test", database => database.StringGetAsync("greeting"))).IsNull);
    }
}
