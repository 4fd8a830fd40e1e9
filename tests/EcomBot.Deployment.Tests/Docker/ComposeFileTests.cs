using System.Text.Json.Nodes;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>compose.yaml is valid against the Compose specification's schema (as dclint ships it), passes dclint's
/// rules, and wires the bot to Redis with AOF and to Qdrant with a volume.</summary>
public sealed class ComposeFileTests
{
    private static string ComposePath => Path.Combine(RepositoryPaths.Docker, "compose.yaml");

    private static string ComposeSchema => DeploymentTools.NodeModule("dclint/schemas/compose.schema.json");

    [Fact]
    public async Task TheComposeFileIsValidAgainstTheComposeSpecificationSchema()
    {
        var verdict = await NodeTools.ValidateAsync(ComposeSchema, ComposePath);

        Assert.True(verdict.Valid, verdict.Report);
    }

    [Fact]
    public async Task SchemaValidationRejectsAComposeFileWithAnUnknownDependencyCondition()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"ecombot-compose-{Guid.NewGuid():N}.yaml");
        try
        {
            await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(ComposePath)).Replace("service_healthy", "service_happy", StringComparison.Ordinal));

            var verdict = await NodeTools.ValidateAsync(ComposeSchema, broken);

            Assert.False(verdict.Valid);
            Assert.Contains("depends_on", verdict.Report, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task DclintFindsNoErrorOrWarning()
    {
        var lint = await NodeTools.DclintAsync(ComposePath, "--max-warnings", "0", "--color", "false");

        Assert.True(lint.ExitCode == 0, lint.Describe());
    }

    [Fact]
    public async Task RedisKeepsAnAppendOnlyFileAndQdrantItsStorageOnVolumes()
    {
        var services = (await ComposeAsync())["services"]!;

        var redisCommand = services["redis"]!["command"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal("yes", redisCommand[redisCommand.IndexOf("--appendonly") + 1]);
        Assert.Contains("redis-data:/data", Volumes(services["redis"]!));
        Assert.Contains("qdrant-data:/qdrant/storage", Volumes(services["qdrant"]!));
        Assert.Null(services["redis"]!["ports"]);
        Assert.Null(services["qdrant"]!["ports"]);
    }

    [Fact]
    public async Task TheBotIsBuiltFromTheDockerfileAndPointedAtRedisAndQdrant()
    {
        var bot = (await ComposeAsync())["services"]!["bot"]!;
        var environment = bot["environment"]!.AsObject();

        Assert.Equal("deploymentTemplates/docker/Dockerfile", bot["build"]!["dockerfile"]!.GetValue<string>());
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(RepositoryPaths.Docker, bot["build"]!["context"]!.GetValue<string>(), "EcomBot.sln"))),
            "the build context is the repository root");
        Assert.StartsWith("redis:6379", environment["Redis__ConnectionString"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Qdrant", environment["Knowledge__Backend"]!.GetValue<string>());
        Assert.Equal("http://qdrant:6334", environment["Qdrant__Endpoint"]!.GetValue<string>());
        Assert.Contains(":?", environment["DirectLine__TokenSigningKey"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(environment.Select(p => p.Key).Where(k => k != "ASPNETCORE_ENVIRONMENT"),
            name => Assert.True(BotConfigurationKeys.IsKnownVariable(name), $"{name} is not a key the bot reads"));
    }

    private static async Task<JsonNode> ComposeAsync() =>
        Assert.Single(await NodeTools.YamlDocumentsAsync(await File.ReadAllTextAsync(ComposePath)))!;

    private static List<string> Volumes(JsonNode service) =>
        [.. service["volumes"]!.AsArray().Select(v => v!.GetValue<string>())];
}
