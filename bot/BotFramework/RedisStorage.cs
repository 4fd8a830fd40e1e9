using EcomBot.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on Redis, so any replica can take a conversation's next turn.
/// Each item is a hash <c>{KeyPrefix}botstate:{key}</c> holding its JSON (with the type names the SDK needs to read
/// typed state back) and its ETag. ETags follow the Bot Framework storage contract: writing an
/// <see cref="IStoreItem"/> whose ETag is not the stored one fails with <see cref="ETagConflictException"/>;
/// <c>"*"</c> or no ETag overwrites; every write assigns a new ETag. The check and the write are one Lua script,
/// so concurrent writers cannot both win. Each key of a write is checked and written on its own (one key per
/// script keeps it valid on Redis Cluster): a conflict on one key does not undo the others. Calls go through the
/// <see cref="RedisCircuit"/>: with Redis down they throw <see cref="StoreUnavailableException"/> at once.
/// </summary>
public sealed class RedisStorage : IStorage
{
    private const string Unconditional = "*";

    // KEYS[1] item; ARGV: expected ETag ("*" = any), new ETag, JSON, time to live in ms (0 = none).
    private const string CheckAndSetScript = """
        if ARGV[1] ~= '*' and redis.call('HGET', KEYS[1], 'etag') ~= ARGV[1] then
          return 0
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'json', ARGV[3])
        if tonumber(ARGV[4]) > 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
        else
          redis.call('PERSIST', KEYS[1])
        end
        return 1
        """;

    private static readonly RedisValue[] ItemFields = ["etag", "json"];

    private const string StoreName = "conversation state";

    private readonly RedisCircuit _redis;
    private readonly string _keyPrefix;
    private readonly TimeSpan? _conversationTimeToLive;
    private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new BotStateTypeBinder(),
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        // Strings stay strings unless a typed property asks for a date; guessing loses DateTimeOffset offsets.
        DateParseHandling = DateParseHandling.None,
    });

    public RedisStorage(RedisCircuit redis, IOptions<RedisOptions> options)
    {
        _redis = redis;
        _keyPrefix = options.Value.KeyPrefix + "botstate:";
        _conversationTimeToLive = options.Value.ConversationStateTimeToLive;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var reads = await _redis.ReadAsync(StoreName, async database =>
        {
            var pending = keys.Distinct().Select(key => (key, fields: database.HashGetAsync(RedisKeyFor(key), ItemFields))).ToList();
            await Task.WhenAll(pending.Select(read => read.fields)).WaitAsync(cancellationToken);
            return pending;
        });

        var items = new Dictionary<string, object>(reads.Count);
        foreach (var (key, fields) in reads)
        {
            var values = await fields;
            if (values[1].IsNull)
            {
                continue;
            }
            items[key] = Deserialize((string)values[1]!, (string)values[0]!);
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var items = changes.Select(change =>
        {
            ArgumentNullException.ThrowIfNull(change.Value, $"changes[\"{change.Key}\"]");
            return (change.Key, Expected: ExpectedETag(change.Value), Json: Serialize(change.Value), TimeToLive: TimeToLiveFor(change.Key));
        }).ToList();
        var writes = await _redis.WriteAsync(StoreName, async database =>
        {
            var sent = items.Select(item => (key: item.Key, result: database.ScriptEvaluateAsync(CheckAndSetScript, [RedisKeyFor(item.Key)],
                [item.Expected, NewETag(), item.Json, (long)item.TimeToLive.TotalMilliseconds]))).ToList();
            await Task.WhenAll(sent.Select(write => write.result)).WaitAsync(cancellationToken);
            return sent;
        });

        var conflicts = new List<string>();
        foreach (var (key, result) in writes)
        {
            if ((int)await result == 0)
            {
                conflicts.Add(key);
            }
        }
        if (conflicts.Count > 0)
        {
            throw new ETagConflictException(
                $"ETag conflict: {string.Join(", ", conflicts)} changed since read; read again and retry.")
            { Keys = conflicts };
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }
        // One DEL per key: a multi-key DEL would fail across Redis Cluster slots.
        await _redis.WriteAsync(StoreName, database =>
            Task.WhenAll(keys.Distinct().Select(key => database.KeyDeleteAsync(RedisKeyFor(key)))).WaitAsync(cancellationToken));
    }

    private RedisKey RedisKeyFor(string key) => _keyPrefix + key;

    /// <summary>Only store items carry a precondition; plain objects (like BotState's dictionaries) are last-writer-wins,
    /// as in the SDK's own storages. An empty ETag matches nothing, so it fails as the SDK's storage tests expect.</summary>
    private static string ExpectedETag(object value) => value switch
    {
        IStoreItem item => item.ETag ?? Unconditional,
        JObject json when json.TryGetValue("ETag", out var etag) => etag.Value<string>() ?? Unconditional,
        _ => Unconditional,
    };

    // ConversationState keys are "{channel}/conversations/{id}" (see ConversationState.GetStorageKey).
    private TimeSpan TimeToLiveFor(string key) =>
        _conversationTimeToLive is { } ttl && key.Contains("/conversations/", StringComparison.Ordinal) ? ttl : TimeSpan.Zero;

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private string Serialize(object value)
    {
        using var writer = new StringWriter();
        _serializer.Serialize(writer, value, typeof(object));
        return writer.ToString();
    }

    private object Deserialize(string json, string etag)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        var item = _serializer.Deserialize(reader) ?? throw new JsonSerializationException("Stored bot state is null.");
        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = etag;
                break;
            case IDictionary<string, object> state:
                state["ETag"] = etag;
                break;
            case JObject document:
                document["ETag"] = etag;
                break;
        }
        return item;
    }
}
