using Microsoft.Bot.Builder;
using StackExchange.Redis;

namespace EcomBot.Integration.Tests.Redis;

public sealed class RedisStorageTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [RedisFact]
    public async Task ConversationStatePropertyComesBackAsItsOwnTypeAfterANewStorageReadsIt()
    {
        var prefix = RedisStorageScenario.UniquePrefix();
        var written = new ReturnRequest
        {
            OrderId = "#W2378156",
            ItemIds = ["4602305039", "9494281769"],
            Quantities = new() { ["4602305039"] = 1, ["9494281769"] = 2 },
            RequestedAt = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(-5)),
            Reason = ReturnReason.WrongSize,
        };

        var firstState = new ConversationState(RedisStorageScenario.Storage(redis, prefix));
        var firstTurn = RedisStorageScenario.Turn("conversation-roundtrip");
        await firstState.CreateProperty<ReturnRequest>(nameof(ReturnRequest)).SetAsync(firstTurn, written);
        await firstState.SaveChangesAsync(firstTurn);

        var secondState = new ConversationState(RedisStorageScenario.Storage(redis, prefix));
        var secondTurn = RedisStorageScenario.Turn("conversation-roundtrip");
        var read = await secondState.CreateProperty<ReturnRequest>(nameof(ReturnRequest)).GetAsync(secondTurn, () => new ReturnRequest());

        Assert.Equal(written.OrderId, read.OrderId);
        Assert.Equal(written.ItemIds, read.ItemIds);
        Assert.Equal(written.Quantities, read.Quantities);
        Assert.Equal(written.RequestedAt, read.RequestedAt);
        Assert.Equal(written.RequestedAt.Offset, read.RequestedAt.Offset);
        Assert.Equal(ReturnReason.WrongSize, read.Reason);
    }

    [RedisFact]
    public async Task ReadingAKeyThatWasNeverWrittenReturnsNothing()
    {
        var storage = RedisStorageScenario.Storage(redis, RedisStorageScenario.UniquePrefix());

        var items = await storage.ReadAsync(["never-written"]);

        Assert.Empty(items);
    }

    [RedisFact]
    public async Task DeletedItemIsGoneAndDeletingAnUnknownKeyIsHarmless()
    {
        var storage = RedisStorageScenario.Storage(redis, RedisStorageScenario.UniquePrefix());
        await storage.WriteAsync(new Dictionary<string, object> { ["ticket"] = new SupportTicket { Subject = "Late parcel" } });

        await storage.DeleteAsync(["ticket", "never-written"]);

        Assert.Empty(await storage.ReadAsync(["ticket"]));
    }

    [RedisFact]
    public async Task EveryKeyTheBotWritesCarriesTheConfiguredPrefix()
    {
        await redis.FlushAsync();
        var prefix = RedisStorageScenario.UniquePrefix();
        var storage = RedisStorageScenario.Storage(redis, prefix);
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        var turn = RedisStorageScenario.Turn("conversation-prefix");
        await conversationState.CreateProperty<ReturnRequest>("request").SetAsync(turn, new ReturnRequest { OrderId = "#1" });
        await userState.CreateProperty<string>("name").SetAsync(turn, "Yusuf");
        await conversationState.SaveChangesAsync(turn);
        await userState.SaveChangesAsync(turn);

        var keys = await redis.AllKeysAsync();

        Assert.Equal(2, keys.Count);
        Assert.All(keys, key => Assert.StartsWith(prefix + "botstate:", key, StringComparison.Ordinal));
        Assert.Contains(prefix + "botstate:test/conversations/conversation-prefix", keys);
        Assert.Contains(prefix + "botstate:test/users/customer-1", keys);
    }

    [RedisFact]
    public async Task ConversationStateExpiresAfterTheConfiguredTimeToLiveButUserStateDoesNot()
    {
        var prefix = RedisStorageScenario.UniquePrefix();
        var timeToLive = TimeSpan.FromDays(7);
        var storage = RedisStorageScenario.Storage(redis, prefix, timeToLive);
        var turn = RedisStorageScenario.Turn("conversation-ttl");
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        await conversationState.CreateProperty<int>("turns").SetAsync(turn, 1);
        await userState.CreateProperty<int>("visits").SetAsync(turn, 1);
        await conversationState.SaveChangesAsync(turn);
        await userState.SaveChangesAsync(turn);

        var database = redis.Admin.GetDatabase();
        var conversationExpiry = await database.KeyTimeToLiveAsync(prefix + "botstate:test/conversations/conversation-ttl");
        var userExpiry = await database.KeyTimeToLiveAsync(prefix + "botstate:test/users/customer-1");

        Assert.NotNull(conversationExpiry);
        Assert.InRange(conversationExpiry.Value, TimeSpan.FromDays(6), timeToLive);
        Assert.Null(userExpiry);
    }

    [RedisFact]
    public async Task StoredStateNamingATypeOutsideTheAllowListIsRefusedNotConstructed()
    {
        var prefix = RedisStorageScenario.UniquePrefix();
        var storage = RedisStorageScenario.Storage(redis, prefix);
        const string hostile = """{"$type":"System.IO.FileInfo, System.IO.FileSystem","fileName":"/tmp/x"}""";
        await redis.Admin.GetDatabase().HashSetAsync(prefix + "botstate:planted",
            [new HashEntry("etag", "1"), new HashEntry("json", hostile)]);

        var refusal = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync(["planted"]));

        Assert.Contains("not allowed in bot state", refusal.GetBaseException().Message, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task WritingATypeThatCouldNeverBeReadBackFailsAtWriteTime()
    {
        var storage = RedisStorageScenario.Storage(redis, RedisStorageScenario.UniquePrefix());

        var refusal = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["bad"] = new Dictionary<string, object> { ["file"] = new FileInfo("/tmp/x") } }));

        Assert.Contains("System.IO.FileInfo", refusal.Message, StringComparison.Ordinal);
    }
}
