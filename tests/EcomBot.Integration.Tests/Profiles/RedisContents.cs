using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>Every key on a Redis server with its value as text, read with SCAN as an auditor would.</summary>
internal static class RedisContents
{
    public static async Task<IReadOnlyList<string>> DumpAsync(IConnectionMultiplexer admin)
    {
        var database = admin.GetDatabase();
        var lines = new List<string>();
        await foreach (var key in admin.GetServers()[0].KeysAsync(pattern: "*"))
        {
            IEnumerable<string> values = (await database.KeyTypeAsync(key)) switch
            {
                RedisType.String => [(await database.StringGetAsync(key)).ToString()],
                RedisType.Hash => (await database.HashGetAllAsync(key)).Select(entry => $"{entry.Name}={entry.Value}"),
                RedisType.List => (await database.ListRangeAsync(key)).Select(value => value.ToString()),
                RedisType.Set => (await database.SetMembersAsync(key)).Select(value => value.ToString()),
                RedisType.SortedSet => (await database.SortedSetRangeByRankAsync(key)).Select(value => value.ToString()),
                RedisType.Stream => (await database.StreamRangeAsync(key)).SelectMany(entry => entry.Values.Select(v => $"{v.Name}={v.Value}")),
                var other => [$"<{other}>"],
            };
            lines.Add($"{key} => {string.Join(" | ", values)}");
        }
        return lines;
    }
}
