using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcomBot.Deployment.Tests.Infrastructure;

/// <summary>The npm tools: JSON schema validation with ajv, YAML to JSON, dclint.</summary>
public static class NodeTools
{
    public sealed record SchemaVerdict(bool Valid, string Report);

    /// <summary>Validates a JSON or YAML file against a JSON schema (the draft the schema declares).</summary>
    public static async Task<SchemaVerdict> ValidateAsync(string schemaPath, string documentPath)
    {
        var result = await ToolRun.RunAsync(
            DeploymentTools.Node, [DeploymentTools.Script("validate-json-schema.mjs"), schemaPath, documentPath]);
        if (result.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"schema validation could not run: {result.Describe()}");
        }
        var verdict = JsonNode.Parse(result.Output)!;
        return new SchemaVerdict(verdict["valid"]!.GetValue<bool>(), result.Output);
    }

    /// <summary>Parses a stream of YAML documents into JSON objects.</summary>
    public static async Task<JsonArray> YamlDocumentsAsync(string yaml)
    {
        var result = await ToolRun.RunAsync(DeploymentTools.Node, [DeploymentTools.Script("yaml-to-json.mjs")], standardInput: yaml);
        Assert.True(result.ExitCode == 0, result.Describe());
        return JsonNode.Parse(result.Output)!.AsArray();
    }

    public static Task<ToolResult> DclintAsync(params string[] arguments) =>
        ToolRun.RunAsync(DeploymentTools.Node, [DeploymentTools.NodeModule("dclint/bin/dclint.cjs"), .. arguments]);

    public static JsonNode ReadJson(string path) =>
        JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
}
