using EcomBot.Bot.BotFramework;
using EcomBot.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Integration.Tests.Redis;

/// <summary>Builds storages and turns for the Redis storage tests; each test gets its own key prefix.</summary>
internal static class RedisStorageScenario
{
    public static string UniquePrefix() => $"test-{Guid.NewGuid():N}:";

    public static RedisStorage Storage(RedisServerFixture redis, string prefix, TimeSpan? conversationTimeToLive = null) =>
        new(TestRedisCircuit.Over(redis.Admin), Options.Create(new RedisOptions
        {
            ConnectionString = redis.ConnectionString,
            KeyPrefix = prefix,
            ConversationStateTimeToLive = conversationTimeToLive,
        }));

    public static TurnContext Turn(string conversationId, string userId = "customer-1") =>
        new(new TestAdapter(), new Activity(
            ActivityTypes.Message,
            channelId: "test",
            conversation: new ConversationAccount(id: conversationId),
            from: new ChannelAccount(userId),
            recipient: new ChannelAccount("bot"),
            text: "hello"));
}

/// <summary>Typed state a flow might keep: nested list, dictionary and a date with an offset.</summary>
public sealed class ReturnRequest
{
    public string OrderId { get; set; } = "";
    public List<string> ItemIds { get; set; } = [];
    public Dictionary<string, int> Quantities { get; set; } = [];
    public DateTimeOffset RequestedAt { get; set; }
    public ReturnReason Reason { get; set; }
}

public enum ReturnReason
{
    Unknown,
    Damaged,
    WrongSize,
}

/// <summary>An item with optimistic concurrency, as SDK components store them.</summary>
public sealed class SupportTicket : IStoreItem
{
    public string Subject { get; set; } = "";
    public int Replies { get; set; }
    public string? ETag { get; set; }
}
