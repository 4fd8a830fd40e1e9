using EcomBot.Bot.Commerce;
using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Journeys;

/// <summary>
/// The store's changed records as an outside grader reads them from Redis (the layout the README documents): a string key
/// <c>{Commerce:RedisKeyPrefix}orders:{order id}</c> or <c>{prefix}users:{user id}</c> per record changed since
/// <c>db.json</c>, holding the whole record as JSON in the shape of <c>db.json</c>.
/// </summary>
internal static class StoreRecordsInRedis
{
    public static async Task<IReadOnlyDictionary<RecordKey, string>> ReadAsync(IConnectionMultiplexer admin, string prefix)
    {
        var records = new Dictionary<RecordKey, string>();
        var database = admin.GetDatabase();
        foreach (var kind in new[] { RecordKey.OrdersKind, RecordKey.UsersKind })
        {
            await foreach (var key in admin.GetServers()[0].KeysAsync(pattern: $"{prefix}{kind}:*"))
            {
                var id = key.ToString()[$"{prefix}{kind}:".Length..];
                records[new RecordKey(kind, id)] = (await database.StringGetAsync(key)).ToString();
            }
        }
        return records;
    }
}
