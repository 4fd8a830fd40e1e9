using EcomBot.Bot.Commerce;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcomBot.Tools.Replay;

/// <summary>Compares two JSON values, numbers within half a cent, and names the first place they differ.</summary>
public static class JsonDifference
{
    public const decimal NumberTolerance = 0.005m;

    /// <summary>Null when equal; otherwise a path and the two values, e.g. <c>$.items[2].price: expected 54.85, got 261.11</c>.</summary>
    public static string? Find(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(name) || !a.ContainsKey(name))
                    {
                        return $"{path}.{name}: {(e.ContainsKey(name) ? "missing" : "unexpected")}";
                    }
                    if (Find(e[name], a[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: expected {e.Count} elements, got {a.Count}";
                }
                for (var i = 0; i < e.Count; i++)
                {
                    if (Find(e[i], a[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                return Math.Abs(e.GetValue<decimal>() - a.GetValue<decimal>()) <= NumberTolerance ? null : Describe(path, e, a);
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : Describe(path, expected, actual);
        }
    }

    private static string Describe(string path, JsonNode? expected, JsonNode? actual) =>
        $"{path}: expected {Short(expected)}, got {Short(actual)}";

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
