using System.Text.Json.Nodes;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Kubernetes;

/// <summary>Renders the chart with <c>helm template</c> and reads the objects back.</summary>
public static class HelmChart
{
    public const string Release = "shop";

    public static Task<ToolResult> TemplateAsync(params string[] settings) => ToolRun.RunAsync(
        DeploymentTools.Helm, ["template", Release, RepositoryPaths.HelmChart, .. settings.SelectMany(s => new[] { "--set", s })]);

    public static async Task<IReadOnlyList<JsonObject>> RenderAsync(params string[] settings)
    {
        var result = await TemplateAsync(settings);
        Assert.True(result.ExitCode == 0, result.Describe());
        return [.. (await NodeTools.YamlDocumentsAsync(result.Output)).OfType<JsonObject>()];
    }

    public static JsonObject Single(this IReadOnlyList<JsonObject> objects, string kind, string name) =>
        Assert.Single(objects, o => o["kind"]!.GetValue<string>() == kind && o["metadata"]!["name"]!.GetValue<string>() == name);

    public static JsonNode Container(this JsonObject workload, string name) =>
        Assert.Single(workload["spec"]!["template"]!["spec"]!["containers"]!.AsArray(), c => c!["name"]!.GetValue<string>() == name)!;

    public static JsonNode? Env(this JsonNode container, string name) =>
        container["env"]?.AsArray().SingleOrDefault(e => e!["name"]!.GetValue<string>() == name);
}
