using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcomBot.TestSupport.Redis;

/// <summary>
/// A real <c>redis-server</c> process for one test class: a free port on 127.0.0.1, a temporary directory, no
/// persistence unless asked for (then an append-only file synced on every write, as production runs it), killed on
/// dispose. Set <c>REDIS_SERVER</c> to use a binary outside the usual places.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly DirectoryInfo _directory;
    private readonly bool _persistent;
    private Process _process;

    private RedisServer(Process process, DirectoryInfo directory, int port, bool persistent)
    {
        _process = process;
        _directory = directory;
        Port = port;
        _persistent = persistent;
    }

    public int Port { get; }

    /// <summary>A connection string as the bot would get it from <c>Redis:ConnectionString</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static bool IsContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? FindExecutable()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("REDIS_SERVER") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, "redis-server")))
            .Append("/usr/bin/redis-server");
        return candidates.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
    }

    /// <summary>Starts a server; <paramref name="persistent"/> keeps every acknowledged write on disk (AOF, fsync always),
    /// so a killed and restarted server still holds it.</summary>
    public static async Task<RedisServer> StartAsync(bool persistent = false)
    {
        var executable = FindExecutable() ?? throw new InvalidOperationException(
            "redis-server was not found (looked at REDIS_SERVER, PATH and /usr/bin/redis-server). "
            + "Install it with `apt-get install -y redis-server`; the Redis tests start their own server.");
        // Another process can take the port between probing and binding; a fresh port usually fixes that.
        for (var attempt = 1; ; attempt++)
        {
            var directory = Directory.CreateTempSubdirectory("ecombot-redis-");
            var port = FreePort();
            var process = Launch(executable, port, directory.FullName, persistent);
            try
            {
                await WaitUntilAnsweringAsync(process, port);
                return new RedisServer(process, directory, port, persistent);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                Stop(process, directory);
            }
            catch
            {
                Stop(process, directory);
                throw;
            }
        }
    }

    /// <summary>Kills the server, as a crash or outage would; the tests' way to take Redis down.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>Starts the killed server again on the same port and directory, as an operator bringing it back would.</summary>
    public async Task RestartAsync()
    {
        Kill();
        _process.Dispose();
        _process = Launch(FindExecutable()!, Port, _directory.FullName, _persistent);
        await WaitUntilAnsweringAsync(_process, Port);
    }

    public ValueTask DisposeAsync()
    {
        Stop(_process, _directory);
        return ValueTask.CompletedTask;
    }

    private static Process Launch(string executable, int port, string directory, bool persistent)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", directory, "--save", "", "--daemonize", "no", "--logfile", "",
            "--appendonly", persistent ? "yes" : "no", "--appendfsync", "always",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAnsweringAsync(Process process, int port)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} before answering on port {port}.");
            }
            if (await AnswersPingAsync(port))
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"redis-server did not answer PING on port {port} within {StartTimeout.TotalSeconds} s.");
    }

    private static async Task<bool> AnswersPingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process process, DirectoryInfo directory)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        directory.Delete(recursive: true);
    }
}
