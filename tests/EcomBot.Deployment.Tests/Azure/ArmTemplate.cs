using System.Text.Json.Nodes;

namespace EcomBot.Deployment.Tests.Azure;

/// <summary>Reads the compiled ARM template: every resource, including those of the modules' nested deployments.</summary>
public static class ArmTemplate
{
    public static IEnumerable<JsonObject> AllResources(JsonNode template)
    {
        foreach (var resource in Resources(template))
        {
            yield return resource;
            if (resource["type"]?.GetValue<string>() == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static JsonObject Single(JsonNode template, string type) =>
        Assert.Single(AllResources(template), r => r["type"]!.GetValue<string>() == type);

    public static IEnumerable<JsonObject> OfType(JsonNode template, string type) =>
        AllResources(template).Where(r => r["type"]!.GetValue<string>() == type);

    /// <summary>Resources are an array, or (with symbolic names) an object keyed by name.</summary>
    private static IEnumerable<JsonObject> Resources(JsonNode template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject byName => byName.Select(pair => pair.Value).OfType<JsonObject>(),
        _ => [],
    };
}
