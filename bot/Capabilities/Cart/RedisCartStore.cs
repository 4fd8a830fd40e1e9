using System.Text.Json;
using EcomBot.Bot.State;
using StackExchange.Redis;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>
/// Carts in Redis: one hash per cart, <c>{KeyPrefix}cart:{owner}</c>, field = item id, value = the line as JSON.
/// Adding to an existing line is a small Lua script so two replicas adding at once do not lose a quantity. Calls go
/// through the <see cref="RedisCircuit"/>: with Redis down they throw <see cref="StoreUnavailableException"/> at once.
/// </summary>
public sealed class RedisCartStore(RedisCircuit redis, string keyPrefix) : ICartStore
{
    private const string StoreName = "cart";

    // Keeps the stored line (its price and name as first added) and only raises the quantity.
    private const string AddScript = """
        local existing = redis.call('HGET', KEYS[1], ARGV[1])
        if existing then
          local line = cjson.decode(existing)
          line['quantity'] = line['quantity'] + tonumber(ARGV[3])
          existing = cjson.encode(line)
        else
          existing = ARGV[2]
        end
        redis.call('HSET', KEYS[1], ARGV[1], existing)
        return existing
        """;

    public RedisKey KeyOf(CartOwner owner) => keyPrefix + "cart:" + owner.Key;

    public async Task<IReadOnlyList<CartLine>> GetAsync(CartOwner owner, CancellationToken cancellationToken)
    {
        var entries = await redis.ReadAsync(StoreName, database => database.HashGetAllAsync(KeyOf(owner)).WaitAsync(cancellationToken));
        return entries
            .Select(e => Deserialize(e.Value))
            .OrderBy(l => l.ItemId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<CartLine> AddAsync(CartOwner owner, CartLine line, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(line, JsonSerializerOptions.Web);
        var stored = await redis.WriteAsync(StoreName, database =>
            database.ScriptEvaluateAsync(AddScript, [KeyOf(owner)], [line.ItemId, json, line.Quantity]).WaitAsync(cancellationToken));
        return Deserialize((RedisValue)stored);
    }

    public Task<bool> RemoveAsync(CartOwner owner, string itemId, CancellationToken cancellationToken) =>
        redis.WriteAsync(StoreName, database => database.HashDeleteAsync(KeyOf(owner), itemId).WaitAsync(cancellationToken));

    public Task ClearAsync(CartOwner owner, CancellationToken cancellationToken) =>
        redis.WriteAsync(StoreName, database => database.KeyDeleteAsync(KeyOf(owner)).WaitAsync(cancellationToken));

    private static CartLine Deserialize(RedisValue value) =>
        JsonSerializer.Deserialize<CartLine>(value.ToString(), JsonSerializerOptions.Web)
        ?? throw new InvalidDataException("A cart line in Redis is empty.");
}
