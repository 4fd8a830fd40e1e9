using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Azure;

/// <summary>What the compiled template deploys: checked on main.json, which the build test keeps current.</summary>
public sealed partial class AzureResourcesTests
{
    private static readonly JsonNode Template = NodeTools.ReadJson(Path.Combine(RepositoryPaths.Azure, "main.json"));

    [Fact]
    public void TheBotRunsOnLinuxAppServiceAsItsUserAssignedIdentity()
    {
        var plan = ArmTemplate.Single(Template, "Microsoft.Web/serverfarms");
        var site = ArmTemplate.Single(Template, "Microsoft.Web/sites");

        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>(), "a Linux plan is 'reserved'");
        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.Contains("identityId", site["properties"]!["keyVaultReferenceIdentity"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("/health/ready", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(config["webSocketsEnabled"]!.GetValue<bool>(), "the web chat streams over a WebSocket");
    }

    [Fact]
    public void TheAzureBotAuthenticatesAsTheManagedIdentityAndHasTeamsAndDirectLineChannels()
    {
        var bot = ArmTemplate.Single(Template, "Microsoft.BotService/botServices");
        var channels = ArmTemplate.OfType(Template, "Microsoft.BotService/botServices/channels")
            .Select(c => c["properties"]!["channelName"]!.GetValue<string>())
            .Order(StringComparer.Ordinal);

        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Contains("identityClientId", bot["properties"]!["msaAppId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("identityId", bot["properties"]!["msaAppMSIResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/api/messages", MessagingEndpointExpression(), StringComparison.Ordinal);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels);
    }

    [Fact]
    public void ManagedRedisKeepsAnAppendOnlyFileAndSpeaksOnlyTls()
    {
        var database = ArmTemplate.Single(Template, "Microsoft.Cache/redisEnterprise/databases");

        var persistence = database["properties"]!["persistence"]!;
        Assert.True(persistence["aofEnabled"]!.GetValue<bool>());
        Assert.Equal("1s", persistence["aofFrequency"]!.GetValue<string>());
        Assert.Equal("Encrypted", database["properties"]!["clientProtocol"]!.GetValue<string>());
    }

    [Fact]
    public void SecretsReachTheAppOnlyAsKeyVaultReferencesReadWithTheBotsIdentity()
    {
        var vault = ArmTemplate.Single(Template, "Microsoft.KeyVault/vaults");
        var role = ArmTemplate.Single(Template, "Microsoft.Authorization/roleAssignments");
        var settings = AppServiceVariables()["requiredSettings"]!.AsObject();
        var secretNames = ArmTemplate.OfType(Template, "Microsoft.KeyVault/vaults/secrets")
            .Select(s => s["name"]!.GetValue<string>()).ToList();

        Assert.True(vault["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", ModuleTemplate("keyvault")["variables"]!["keyVaultSecretsUser"]!.GetValue<string>());
        Assert.Contains("variables('keyVaultSecretsUser')", role["properties"]!["roleDefinitionId"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var secret in new[] { "Redis__ConnectionString", "DirectLine__TokenSigningKey" })
        {
            Assert.StartsWith("[format(variables('keyVaultReference')", settings[secret]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.Equal("@Microsoft.KeyVault(SecretUri={0})", AppServiceVariables()["keyVaultReference"]!.GetValue<string>());
        Assert.All(["redis-connection-string", "directline-token-signing-key", "qdrant-api-key", "profiles-admin-api-key"],
            name => Assert.Contains(secretNames, s => s.Contains($"'{name}'", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryAppSettingIsAKeyTheBotReads()
    {
        var variables = AppServiceVariables();
        var names = variables["requiredSettings"]!.AsObject().Select(pair => pair.Key)
            .Concat(SettingName().Matches(variables["optionalSettings"]!.GetValue<string>()).Select(m => m.Groups[1].Value))
            .ToList();
        string[] platform = ["ASPNETCORE_ENVIRONMENT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION"];

        Assert.Contains("Qdrant__ApiKey", names);
        Assert.All(names.Except(platform), name => Assert.True(BotConfigurationKeys.IsKnownVariable(name), $"{name} is not a key the bot reads"));
        Assert.False(BotConfigurationKeys.IsKnownVariable("Qdrant__Endpiont"), "the key check must reject a misspelt key");
    }

    [Fact]
    public void QdrantIsAParameterAndNotDeployed()
    {
        var parameters = Template["parameters"]!.AsObject();

        Assert.Equal("string", parameters["qdrantEndpoint"]!["type"]!.GetValue<string>());
        Assert.Equal("securestring", parameters["qdrantApiKey"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain(ArmTemplate.AllResources(Template), r => r["type"]!.GetValue<string>().Contains("Qdrant", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ApplicationInsightsIsWorkspaceBasedAndWiredToTheApp()
    {
        var insights = ArmTemplate.Single(Template, "Microsoft.Insights/components");

        Assert.Contains("workspaces", insights["properties"]!["WorkspaceResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("appInsightsConnectionString",
            AppServiceVariables()["requiredSettings"]!["APPLICATIONINSIGHTS_CONNECTION_STRING"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonNode AppServiceVariables() => ModuleTemplate("appservice")["variables"]!;

    private static string MessagingEndpointExpression() =>
        Deployment("bot")["properties"]!["parameters"]!["messagingEndpoint"]!["value"]!.GetValue<string>();

    private static JsonNode ModuleTemplate(string name) => Deployment(name)["properties"]!["template"]!;

    private static JsonObject Deployment(string name) => Assert.Single(
        ArmTemplate.OfType(Template, "Microsoft.Resources/deployments"), d => d["name"]!.GetValue<string>() == name);

    [GeneratedRegex(@"createObject\('([A-Za-z_]+)'")]
    private static partial Regex SettingName();
}
