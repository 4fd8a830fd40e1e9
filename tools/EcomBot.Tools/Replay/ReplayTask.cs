using EcomBot.Bot.Commerce;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcomBot.Tools.Replay;

/// <summary>One recorded benchmark task: tool calls in order and every record that differed afterwards.</summary>
public sealed record ReplayTask(
    string Id,
    IReadOnlyList<ReplayStep> Steps,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonNode>> Changed)
{
    public static IReadOnlyList<ReplayTask> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<ReplayTask>>(stream, CommerceJson.Options)
            ?? throw new InvalidDataException($"'{path}' holds no tasks.");
    }
}

/// <summary>A recorded tool call and its outcome: a result when <see cref="Ok"/>, an error message otherwise.</summary>
public sealed record ReplayStep(string Action, JsonObject Arguments, bool Ok, JsonNode? Result = null, string? Error = null);
