using System.Text.Json;
using StackExchange.Redis;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>
/// Carts in Redis: one hash per cart, <c>{KeyPrefix}cart:{owner}</c>, field = item id, value = the line as JSON.
/// Adding to an existing line is a small Lua script so two replicas adding at once do not lose a quantity.
/// </summary>
public sealed class RedisCartStore(IConnectionMultiplexer redis, string keyPrefix) : ICartStore
{
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
        var entries = await redis.GetDatabase().HashGetAllAsync(KeyOf(owner));
        return entries
            .Select(e => Deserialize(e.Value))
            .OrderBy(l => l.ItemId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<CartLine> AddAsync(CartOwner owner, CartLine line, CancellationToken cancellationToken)
    {
        var stored = await redis.GetDatabase().ScriptEvaluateAsync(
            AddScript, [KeyOf(owner)], [line.ItemId, JsonSerializer.Serialize(line, JsonSerializerOptions.Web), line.Quantity]);
        return Deserialize((RedisValue)stored);
    }

    public Task<bool> RemoveAsync(CartOwner owner, string itemId, CancellationToken cancellationToken) =>
        redis.GetDatabase().HashDeleteAsync(KeyOf(owner), itemId);

    public Task ClearAsync(CartOwner owner, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(KeyOf(owner));

    private static CartLine Deserialize(RedisValue value) =>
        JsonSerializer.Deserialize<CartLine>(value.ToString(), JsonSerializerOptions.Web)
        ?? throw new InvalidDataException("A cart line in Redis is empty.");
}
