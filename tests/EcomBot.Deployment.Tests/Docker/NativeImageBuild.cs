using System.Text.RegularExpressions;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>
/// Runs a Dockerfile's build stages on this machine, since no Docker engine runs here: each stage gets a folder
/// standing for its filesystem; WORKDIR, ENV, COPY (from the build context less .dockerignore, or from an earlier
/// stage) and RUN (with bash, the stage's absolute paths mapped into its folder) are carried out in order. The
/// host's node and dotnet stand in for the base images' own.
/// Like Docker's build cache, a stage that takes nothing from another stage is reused when its instructions and
/// the content it copies are unchanged (the web chat's npm ci: 40,000 files), kept under <c>cacheDirectory</c>.
/// </summary>
public sealed partial class NativeImageBuild(string contextDirectory, DockerIgnore ignore, string workDirectory, string cacheDirectory)
{
    private readonly Dictionary<string, string> _stageRoots = [];

    /// <summary>The stages that were taken from the cache instead of run.</summary>
    public List<string> CachedStages { get; } = [];

    public string StageRoot(string stage) => _stageRoots[stage];

    /// <summary>Where a stage's absolute path is on this machine.</summary>
    public string HostPath(string stage, string containerPath) =>
        Path.Combine(_stageRoots[stage], containerPath.TrimStart('/'));

    public async Task RunStageAsync(DockerStage stage, TimeSpan timeout)
    {
        if (stage.All("COPY").Any(c => c.Contains("--from=", StringComparison.Ordinal)))
        {
            _stageRoots[stage.Name] = Directory.CreateDirectory(Path.Combine(workDirectory, stage.Name)).FullName;
            await ExecuteAsync(stage, timeout);
            return;
        }

        var cached = Path.Combine(cacheDirectory, $"{stage.Name}-{CacheKey(stage)}");
        if (File.Exists(Path.Combine(cached, ".complete")))
        {
            _stageRoots[stage.Name] = cached;
            CachedStages.Add(stage.Name);
            return;
        }
        var building = Directory.CreateDirectory(Path.Combine(cacheDirectory, $".building-{Guid.NewGuid():N}")).FullName;
        _stageRoots[stage.Name] = building;
        await ExecuteAsync(stage, timeout);
        foreach (var stale in Directory.EnumerateDirectories(cacheDirectory, $"{stage.Name}-*"))
        {
            Directory.Delete(stale, recursive: true);
        }
        await File.WriteAllTextAsync(Path.Combine(building, ".complete"), "");
        Directory.Move(building, cached);
        _stageRoots[stage.Name] = cached;
    }

    private async Task ExecuteAsync(DockerStage stage, TimeSpan timeout)
    {
        var workdir = "/";
        var environment = new Dictionary<string, string?>();
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    workdir = instruction.Arguments.StartsWith('/') ? instruction.Arguments : $"{workdir.TrimEnd('/')}/{instruction.Arguments}";
                    Directory.CreateDirectory(HostPath(stage.Name, workdir));
                    break;
                case "ENV":
                    foreach (var (name, value) in new DockerStage("", "", [instruction]).Environment())
                    {
                        environment[name] = value;
                    }
                    break;
                case "COPY":
                    Copy(stage.Name, workdir, instruction.Arguments);
                    break;
                case "RUN":
                    var command = AbsolutePath().Replace(instruction.Arguments, m => m.Groups[1].Value + HostPath(stage.Name, m.Groups[2].Value));
                    var result = await ToolRun.RunAsync("bash", ["-euo", "pipefail", "-c", command], HostPath(stage.Name, workdir), environment, timeout: timeout);
                    Assert.True(result.ExitCode == 0, $"RUN {instruction.Arguments} in stage {stage.Name} failed: {result.Describe()}");
                    break;
            }
        }
    }

    private void Copy(string stage, string workdir, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var from = parts.FirstOrDefault(p => p.StartsWith("--from=", StringComparison.Ordinal))?["--from=".Length..];
        parts.RemoveAll(p => p.StartsWith("--", StringComparison.Ordinal));
        var destination = parts[^1].StartsWith('/') ? parts[^1] : $"{workdir.TrimEnd('/')}/{parts[^1]}";
        var sources = parts[..^1];
        var intoDirectory = parts[^1].EndsWith('/') || sources.Count > 1;
        foreach (var source in sources)
        {
            var (sourcePath, context) = from is null
                ? (Path.Combine(contextDirectory, source.TrimEnd('/')), contextDirectory)
                : (HostPath(from, source), StageRoot(from));
            var target = HostPath(stage, destination);
            if (Directory.Exists(sourcePath))
            {
                CopyDirectory(sourcePath, target, context, from is null);
            }
            else
            {
                Assert.True(File.Exists(sourcePath), $"COPY {source}: not in the build context");
                var file = intoDirectory ? Path.Combine(target, Path.GetFileName(sourcePath)) : target;
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.Copy(sourcePath, file, overwrite: true);
            }
        }
    }

    private void CopyDirectory(string source, string target, string context, bool applyIgnore)
    {
        bool Excluded(string path) => applyIgnore && ignore.Excludes(Path.GetRelativePath(context, path).Replace('\\', '/'));

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !Excluded(f)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        foreach (var directory in Directory.EnumerateDirectories(source).Where(d => !Excluded(d)))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)), context, applyIgnore);
        }
    }

    /// <summary>A hash of the stage's base image, instructions and the bytes of every file its COPY instructions take.</summary>
    private string CacheKey(DockerStage stage)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
        Add(stage.BaseImage);
        foreach (var instruction in stage.Instructions)
        {
            Add($"{instruction.Keyword} {instruction.Arguments}");
            if (instruction.Keyword != "COPY")
            {
                continue;
            }
            var sources = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).SkipLast(1);
            foreach (var source in sources.Select(s => Path.Combine(contextDirectory, s.TrimEnd('/'))))
            {
                IEnumerable<string> files = Directory.Exists(source)
                    ? Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                        .Where(f => !ignore.Excludes(Path.GetRelativePath(contextDirectory, f).Replace('\\', '/'))).Order(StringComparer.Ordinal)
                    : [source];
                foreach (var file in files)
                {
                    Add(Path.GetRelativePath(contextDirectory, file));
                    hash.AppendData(File.ReadAllBytes(file));
                }
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>An absolute path argument (<c>--output /app</c>), so it lands inside the stage's folder.</summary>
    [GeneratedRegex(@"(^|\s|=)(/[A-Za-z][\w./-]*)")]
    private static partial Regex AbsolutePath();
}
