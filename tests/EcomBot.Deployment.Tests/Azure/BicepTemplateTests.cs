using System.Text.Json.Nodes;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Azure;

/// <summary>The Bicep templates build and lint cleanly, and the committed ARM JSON is what they compile to.</summary>
public sealed class BicepTemplateTests
{
    private static string MainBicep => Path.Combine(RepositoryPaths.Azure, "main.bicep");

    private static readonly Dictionary<string, string?> DeploymentSecrets = new()
    {
        ["QDRANT_ENDPOINT"] = "https://qdrant.example.test:6334",
        ["QDRANT_API_KEY"] = "test-qdrant-key",
        ["DIRECTLINE_TOKEN_SIGNING_KEY"] = Convert.ToBase64String(new byte[32]),
        ["PROFILES_ADMIN_API_KEY"] = null,
        ["HANDOFF_WEBHOOK_URL"] = null,
    };

    [Fact]
    public async Task CommittedArmTemplateIsExactlyWhatBicepBuildsFromMainBicep()
    {
        var build = await ToolRun.RunAsync(DeploymentTools.Bicep, ["build", MainBicep, "--stdout"]);

        Assert.True(build.ExitCode == 0, build.Describe());
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Azure, "main.json"));
        Assert.True(
            Normalise(committed) == Normalise(build.Output),
            "deploymentTemplates/azure/main.json is stale: run `bicep build deploymentTemplates/azure/main.bicep` and commit it.");
    }

    [Fact]
    public async Task BicepLintReportsNoWarningOrError()
    {
        var lint = await ToolRun.RunAsync(DeploymentTools.Bicep, ["lint", MainBicep]);

        Assert.True(lint.ExitCode == 0, lint.Describe());
        Assert.True(lint.Output.Trim().Length == 0 && lint.Error.Trim().Length == 0, lint.Describe());
    }

    [Theory]
    [InlineData("main.test.bicepparam", "test", "F0")]
    [InlineData("main.prod.bicepparam", "prod", "S1")]
    public async Task EachEnvironmentsParameterFileBuildsWithSecretsFromTheEnvironment(string file, string environment, string botSku)
    {
        var build = await ToolRun.RunAsync(
            DeploymentTools.Bicep, ["build-params", Path.Combine(RepositoryPaths.Azure, file), "--stdout"], environment: DeploymentSecrets);

        Assert.True(build.ExitCode == 0, build.Describe());
        var parameters = JsonNode.Parse(JsonNode.Parse(build.Output)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(environment, parameters["environmentName"]!["value"]!.GetValue<string>());
        Assert.Equal(botSku, parameters["botSku"]!["value"]!.GetValue<string>());
        Assert.Equal(DeploymentSecrets["DIRECTLINE_TOKEN_SIGNING_KEY"], parameters["directLineTokenSigningKey"]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("main.test.bicepparam")]
    [InlineData("main.prod.bicepparam")]
    public async Task ParameterFilesRefuseToBuildWithoutTheTokenSigningKey(string file)
    {
        var withoutKey = new Dictionary<string, string?>(DeploymentSecrets) { ["DIRECTLINE_TOKEN_SIGNING_KEY"] = null };

        var build = await ToolRun.RunAsync(
            DeploymentTools.Bicep, ["build-params", Path.Combine(RepositoryPaths.Azure, file), "--stdout"], environment: withoutKey);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("DIRECTLINE_TOKEN_SIGNING_KEY", build.Output + build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBuildFailsWhenAModuleDoesNotCompile()
    {
        var copy = Directory.CreateTempSubdirectory("ecombot-bicep-");
        try
        {
            CopyDirectory(RepositoryPaths.Azure, copy.FullName);
            var module = Path.Combine(copy.FullName, "modules", "redis.bicep");
            await File.WriteAllTextAsync(module, (await File.ReadAllTextAsync(module)).Replace("aofEnabled: true", "aofEnabled: 'yes'", StringComparison.Ordinal));

            var build = await ToolRun.RunAsync(DeploymentTools.Bicep, ["build", Path.Combine(copy.FullName, "main.bicep"), "--stdout"]);
            var lint = await ToolRun.RunAsync(DeploymentTools.Bicep, ["lint", Path.Combine(copy.FullName, "main.bicep")]);

            Assert.Contains("aofEnabled", build.Output + build.Error, StringComparison.Ordinal);
            Assert.Contains("aofEnabled", lint.Output + lint.Error, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static string Normalise(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
