using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>A redis-server started on a given port: brings Redis back where a killed <see cref="RedisServer"/> was,
/// as a restart after an outage would (empty, since the test servers keep nothing on disk).</summary>
internal sealed class RedisOnPort : IAsyncDisposable
{
    private readonly Process _process;

    private RedisOnPort(Process process) => _process = process;

    public static async Task<RedisOnPort> StartAsync(int port)
    {
        var start = new ProcessStartInfo(RedisServer.FindExecutable() ?? throw new InvalidOperationException("redis-server not found."))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }
        var redis = new RedisOnPort(Process.Start(start)!);
        redis._process.BeginOutputReadLine();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},connectTimeout=500");
                return probe.IsConnected;
            }
            catch (RedisConnectionException)
            {
                return false;
            }
        }, "redis-server answers on its old port");
        return redis;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
