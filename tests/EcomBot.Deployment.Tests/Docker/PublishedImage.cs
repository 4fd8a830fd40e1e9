using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>
/// The Dockerfile's build stages run natively (web chat npm ci, dotnet restore and publish), then the published app
/// started as the runtime stage starts it (its ENTRYPOINT, WORKDIR and ENV, on a free port), once for all tests.
/// </summary>
public sealed class PublishedImage : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ecombot-image-");
    private Process? _app;

    public static string DockerfilePath => Path.Combine(RepositoryPaths.Docker, "Dockerfile");

    public static IReadOnlyList<DockerStage> Stages { get; } = Dockerfile.Parse(File.ReadAllText(DockerfilePath));

    public static DockerStage Runtime => Stages[^1];

    /// <summary>The runtime stage's /app: what its COPY --from takes from the build stage.</summary>
    public string AppDirectory { get; private set; } = "";

    public int Port { get; } = FreePort();

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        var build = new NativeImageBuild(
            RepositoryPaths.Root, DockerIgnore.Load(DockerfilePath + ".dockerignore"), _work.FullName, DeploymentTools.BuildCacheDirectory);
        foreach (var stage in Stages.Take(Stages.Count - 1))
        {
            await build.RunStageAsync(stage, TimeSpan.FromMinutes(6));
        }
        var copy = Runtime.All("COPY").Single(c => c.StartsWith("--from=", StringComparison.Ordinal)).Split(' ');
        AppDirectory = build.HostPath(copy[0]["--from=".Length..], copy[1]);
        Http.BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        _app = StartApp();
        await WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
        Http.Dispose();
        _work.Delete(recursive: true);
    }

    private Process StartApp()
    {
        var entrypoint = JsonSerializer.Deserialize<string[]>(Runtime.All("ENTRYPOINT").Single())!;
        var start = new ProcessStartInfo(entrypoint[0])
        {
            WorkingDirectory = AppDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in entrypoint[1..])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in Runtime.Environment())
        {
            start.Environment[name] = value;
        }
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_HTTP_PORTS"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // What a production start needs (compose.yaml and the chart set the same): the token signing key, and an
        // explicit choice to run without a Bot Framework registration.
        start.Environment["DirectLine__TokenSigningKey"] = Convert.ToBase64String(new byte[32]);
        start.Environment["Bot__AllowUnauthenticated"] = "true";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Remember(line.Data);
        process.ErrorDataReceived += (_, line) => Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The app's last lines of output, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _output);

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 60 && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilLiveAsync(TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            Assert.False(_app!.HasExited, $"the published app exited before answering /health/live:\n{RecentOutput}");
            try
            {
                using var response = await Http.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the published app did not answer /health/live within {limit}:\n{RecentOutput}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
