using System.IO.Compression;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Teams;

/// <summary>The Teams app package as package.sh builds it for a known bot id, unpacked once for the tests.</summary>
public sealed class TeamsPackage : IAsyncLifetime
{
    public const string BotId = "0f3c2a9e-5b71-4d2e-9a64-2c1b8e7d4f10";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("ecombot-teams-");

    public string ZipPath => Path.Combine(_directory.FullName, "ecombot-teams.zip");

    public string UnpackedDirectory => Path.Combine(_directory.FullName, "unpacked");

    public IReadOnlyList<string> Entries { get; private set; } = [];

    /// <summary>Runs package.sh with the given options only (none of its parameters taken from this environment).</summary>
    public static Task<ToolResult> RunScriptAsync(params string[] arguments) => ToolRun.RunAsync(
        "bash",
        [Path.Combine(RepositoryPaths.Teams, "package.sh"), .. arguments],
        environment: new[] { "BOT_ID", "TEAMS_APP_ID", "APP_VERSION", "DEVELOPER_NAME", "WEBSITE_URL", "PRIVACY_URL", "TERMS_URL", "OUT" }
            .ToDictionary(name => name, _ => (string?)null));

    public async Task InitializeAsync()
    {
        var result = await RunScriptAsync(
            "--bot-id", BotId, "--website-url", "https://shop.example.test", "--privacy-url", "https://shop.example.test/privacy",
            "--terms-url", "https://shop.example.test/terms", "--out", ZipPath);
        Assert.True(result.ExitCode == 0, result.Describe());
        using var zip = ZipFile.OpenRead(ZipPath);
        Entries = [.. zip.Entries.Select(e => e.FullName)];
        zip.ExtractToDirectory(UnpackedDirectory);
    }

    public Task DisposeAsync()
    {
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
