using System.Text.Json.Nodes;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Kubernetes;

/// <summary>The Helm chart lints, renders, and renders what a replicated deployment needs.</summary>
public sealed class HelmChartTests
{
    private const string WebChatOnly = "bot.allowUnauthenticated=true";

    [Fact]
    public async Task HelmLintInStrictModeFindsNothingWrong()
    {
        var lint = await ToolRun.RunAsync(DeploymentTools.Helm, ["lint", "--strict", RepositoryPaths.HelmChart, "--set", WebChatOnly]);

        Assert.True(lint.ExitCode == 0, lint.Describe());
        Assert.Contains("0 chart(s) failed", lint.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[WARNING]", lint.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBotDeploymentProbesTheHealthEndpoints()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly);

        var bot = objects.Single("Deployment", "shop-ecombot-bot").Container("bot");
        Assert.Equal("/health/live", bot["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/health/live", bot["startupProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/health/ready", bot["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal(3978, bot["ports"]![0]!["containerPort"]!.GetValue<int>());
        Assert.True(bot["securityContext"]!["readOnlyRootFilesystem"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AutoscalerAndDisruptionBudgetCoverTheBotPods()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly);

        var deployment = objects.Single("Deployment", "shop-ecombot-bot");
        var autoscaler = objects.Single("HorizontalPodAutoscaler", "shop-ecombot-bot");
        var budget = objects.Single("PodDisruptionBudget", "shop-ecombot-bot");
        Assert.Equal("shop-ecombot-bot", autoscaler["spec"]!["scaleTargetRef"]!["name"]!.GetValue<string>());
        Assert.True(autoscaler["spec"]!["minReplicas"]!.GetValue<int>() >= 2);
        Assert.Null(deployment["spec"]!["replicas"]);
        Assert.True(JsonNode.DeepEquals(deployment["spec"]!["selector"]!["matchLabels"], budget["spec"]!["selector"]!["matchLabels"]));
        Assert.True(JsonNode.DeepEquals(deployment["spec"]!["selector"]!["matchLabels"], objects.Single("Service", "shop-ecombot-bot")["spec"]!["selector"]));
    }

    [Fact]
    public async Task WithoutAutoscalingTheDeploymentHasItsOwnReplicaCount()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly, "autoscaling.enabled=false", "bot.replicas=4");

        Assert.DoesNotContain(objects, o => o["kind"]!.GetValue<string>() == "HorizontalPodAutoscaler");
        Assert.Equal(4, objects.Single("Deployment", "shop-ecombot-bot")["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task SecretsAreReferencedFromTheNamedSecretAndNeverRendered()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly, "secrets.name=shop-secrets");

        Assert.DoesNotContain(objects, o => o["kind"]!.GetValue<string>() == "Secret");
        var bot = objects.Single("Deployment", "shop-ecombot-bot").Container("bot");
        foreach (var variable in new[] { "DirectLine__TokenSigningKey", "MicrosoftAppPassword", "Qdrant__ApiKey", "REDIS_PASSWORD" })
        {
            Assert.Equal("shop-secrets", bot.Env(variable)!["valueFrom"]!["secretKeyRef"]!["name"]!.GetValue<string>());
        }
        Assert.Contains("$(REDIS_PASSWORD)", bot.Env("Redis__ConnectionString")!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBotSettingTheChartSetsIsAKeyTheBotReads()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly, "bot.config.Cart__CheckoutUrl=https://shop.example.test/checkout");

        var names = objects.Single("ConfigMap", "shop-ecombot-bot")["data"]!.AsObject().Select(p => p.Key)
            .Concat(objects.Single("Deployment", "shop-ecombot-bot").Container("bot")["env"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()))
            .Except(["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "REDIS_PASSWORD"])
            .ToList();

        Assert.Contains("Cart__CheckoutUrl", names);
        Assert.All(names, name => Assert.True(BotConfigurationKeys.IsKnownVariable(name), $"{name} is not a key the bot reads"));
    }

    [Fact]
    public async Task QdrantRunsAsAThreePeerClusterThatReplicatesEveryShard()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly);

        var qdrant = objects.Single("StatefulSet", "shop-ecombot-qdrant");
        var container = qdrant.Container("qdrant");
        var headless = objects.Single("Service", "shop-ecombot-qdrant-headless");
        Assert.Equal(3, qdrant["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal("shop-ecombot-qdrant-headless", qdrant["spec"]!["serviceName"]!.GetValue<string>());
        Assert.Equal("true", container.Env("QDRANT__CLUSTER__ENABLED")!["value"]!.GetValue<string>());
        Assert.Equal("2", container.Env("QDRANT__STORAGE__COLLECTION__REPLICATION_FACTOR")!["value"]!.GetValue<string>());
        Assert.Contains("--bootstrap \"http://shop-ecombot-qdrant-0.shop-ecombot-qdrant-headless:6335\"",
            container["args"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("None", headless["spec"]!["clusterIP"]!.GetValue<string>());
        Assert.True(headless["spec"]!["publishNotReadyAddresses"]!.GetValue<bool>());
        Assert.Single(qdrant["spec"]!["volumeClaimTemplates"]!.AsArray());
        Assert.Equal(1, objects.Single("PodDisruptionBudget", "shop-ecombot-qdrant")["spec"]!["maxUnavailable"]!.GetValue<int>());
        Assert.Equal("http://shop-ecombot-qdrant:6334", objects.Single("ConfigMap", "shop-ecombot-bot")["data"]!["Qdrant__Endpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task RedisKeepsAnAppendOnlyFileOnAPersistentVolume()
    {
        var objects = await HelmChart.RenderAsync(WebChatOnly);

        var redis = objects.Single("StatefulSet", "shop-ecombot-redis");
        var args = redis.Container("redis")["args"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal("yes", args[args.IndexOf("--appendonly") + 1]);
        Assert.Equal("/data", redis.Container("redis")["volumeMounts"]![0]!["mountPath"]!.GetValue<string>());
        Assert.Single(redis["spec"]!["volumeClaimTemplates"]!.AsArray());
    }

    [Fact]
    public async Task ExternalRedisAndQdrantReplaceTheInChartOnes()
    {
        var objects = await HelmChart.RenderAsync(
            WebChatOnly, "redis.enabled=false", "qdrant.enabled=false", "qdrant.externalEndpoint=https://cluster.example.test:6334");

        Assert.DoesNotContain(objects, o => o["kind"]!.GetValue<string>() == "StatefulSet");
        var bot = objects.Single("Deployment", "shop-ecombot-bot").Container("bot");
        Assert.Equal("redis-connection-string", bot.Env("Redis__ConnectionString")!["valueFrom"]!["secretKeyRef"]!["key"]!.GetValue<string>());
        Assert.Equal("https://cluster.example.test:6334", objects.Single("ConfigMap", "shop-ecombot-bot")["data"]!["Qdrant__Endpoint"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("bot.microsoftAppId is empty", new string[0])]
    [InlineData("qdrant.replicas must be at least 3", new[] { WebChatOnly, "qdrant.replicas=2" })]
    [InlineData("qdrant.externalEndpoint is required", new[] { WebChatOnly, "qdrant.enabled=false" })]
    public async Task TheChartRefusesSettingsThatWouldNotWork(string message, string[] settings)
    {
        var result = await HelmChart.TemplateAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
