using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Commerce;

namespace EcomBot.Tools.Replay;

/// <summary>
/// The store's records that changed, against a recording's <c>changed</c>: every recorded record must have changed into
/// what was recorded, and nothing else may differ from <c>db.json</c>. A stored record equal to the shipped one counts as
/// unchanged.
/// </summary>
public static class ChangedRecords
{
    /// <summary>Null when the changes are exactly the recorded ones; otherwise the first difference, by record.</summary>
    /// <param name="stored">The change store's records (key, JSON), as the in-process store or Redis holds them.</param>
    public static string? FirstDifference(
        StoreDatabase database,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonNode>> recorded,
        IEnumerable<KeyValuePair<RecordKey, string>> stored)
    {
        var actual = stored
            .Select(c => (c.Key, Node: JsonNode.Parse(c.Value)))
            .Where(c => !JsonNode.DeepEquals(c.Node, Shipped(database, c.Key)))
            .ToDictionary(c => c.Key, c => c.Node);
        var expected = recorded
            .SelectMany(kind => kind.Value.Select(record => (Key: new RecordKey(kind.Key, record.Key), Node: record.Value)))
            .ToDictionary(c => c.Key, c => (JsonNode?)c.Node);

        foreach (var key in expected.Keys.Union(actual.Keys))
        {
            if (!actual.TryGetValue(key, out var node))
            {
                return $"changed: {key} was recorded as changed but is unchanged";
            }
            if (!expected.TryGetValue(key, out var record))
            {
                return $"changed: {key} changed but was recorded as unchanged";
            }
            if (JsonDifference.Find(record, node, $"changed {key}") is { } difference)
            {
                return difference;
            }
        }
        return null;
    }

    private static JsonNode? Shipped(StoreDatabase database, RecordKey key) => key.Kind switch
    {
        RecordKey.OrdersKind => JsonSerializer.SerializeToNode(database.Orders.GetValueOrDefault(key.Id), CommerceJson.Options),
        RecordKey.UsersKind => JsonSerializer.SerializeToNode(database.Users.GetValueOrDefault(key.Id), CommerceJson.Options),
        _ => null,
    };
}
