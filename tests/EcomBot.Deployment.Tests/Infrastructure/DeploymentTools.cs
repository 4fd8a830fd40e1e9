using System.Reflection;

namespace EcomBot.Deployment.Tests.Infrastructure;

/// <summary>
/// Where the tools these tests run are. Each can be pointed at with an environment variable; otherwise the copy
/// that the build installs is used: bicep from the NuGet package Azure.Bicep.CommandLine.linux-x64 (BICEP_PATH),
/// helm unpacked by tools/install.sh (HELM_PATH), node from PATH (NODE_PATH_EXECUTABLE), and the npm tools in
/// tools/node_modules (DEPLOYMENT_TOOLS_DIR). The native image build keeps its stage cache in
/// DEPLOYMENT_TEST_CACHE (default ~/.cache/ecombot-deployment-tests).
/// </summary>
public static class DeploymentTools
{
    public static string BuildCacheDirectory => Directory.CreateDirectory(FromEnvironment("DEPLOYMENT_TEST_CACHE")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ecombot-deployment-tests")).FullName;

    public static string ToolsDirectory => FromEnvironment("DEPLOYMENT_TOOLS_DIR")
        ?? Path.Combine(RepositoryPaths.Root, "tests", "EcomBot.Deployment.Tests", "tools");

    public static string Bicep => Existing(
        FromEnvironment("BICEP_PATH") ?? Metadata("BicepPath"), "bicep", "set BICEP_PATH or restore the test project");

    public static string Helm => Existing(
        FromEnvironment("HELM_PATH") ?? Path.Combine(ToolsDirectory, "bin", "helm"), "helm", "set HELM_PATH or run tools/install.sh");

    public static string Node => FromEnvironment("NODE_PATH_EXECUTABLE") ?? "node";

    public static string Script(string name) => Existing(Path.Combine(ToolsDirectory, name), name, "set DEPLOYMENT_TOOLS_DIR");

    public static string NodeModule(string relativePath) => Existing(
        Path.Combine(ToolsDirectory, "node_modules", relativePath), relativePath, "run tools/install.sh");

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static string Metadata(string key) =>
        typeof(DeploymentTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is empty");

    private static string Existing(string path, string what, string remedy)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} not found at {path}: {remedy}.", path);
        }
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute)
            && Path.GetExtension(path) is "")
        {
            // NuGet does not always keep the executable bit of a package's native tool.
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }
        return path;
    }
}
