using EcomBot.Bot.Channels.DirectLine;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Privacy;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>
/// The contract against a real redis-server, and what only Redis gives: two replicas (two stores over their own
/// connections) sharing conversations, a waiter on one woken by an append on the other, and erasure leaving no keys.
/// </summary>
public sealed class RedisDirectLineConversationStoreTests(RedisServerFixture redis)
    : DirectLineConversationStoreContractTests, IClassFixture<RedisServerFixture>
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";

    protected override IDirectLineConversationStore CreateStore(DirectLineOptions options, TimeProvider time) =>
        new RedisDirectLineConversationStore(redis.Admin, _prefix, Microsoft.Extensions.Options.Options.Create(options), time);

    [RedisFact]
    public async Task AnotherReplicaReadsTheConversationAndItsWaiterWakesOnThisReplicasAppend()
    {
        await using var otherConnection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var other = Replica(otherConnection);
        var id = await StartedConversationAsync();
        var waiting = other.WaitForActivitiesAsync(id, 0, CancellationToken.None);

        await Store.AppendAsync(id, Message("hello from replica one"), CancellationToken.None);

        await waiting.WaitAsync(Patience);
        var seen = (await other.ReadAsync(id, 0, CancellationToken.None))!;
        Assert.Equal(["hello from replica one"], seen.Activities.Select(a => a.Text));
        Assert.Equal("dl_user", (await other.FindAsync(id, CancellationToken.None))!.UserId);
    }

    [RedisFact]
    public async Task AConversationIsAHashAndAListThatExpireWithTheRetention()
    {
        var id = await StartedConversationAsync();
        await Store.AppendAsync(id, Message("hello"), CancellationToken.None);

        var keys = (await redis.AllKeysAsync()).Where(k => k.StartsWith(_prefix, StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(new[] { $"{_prefix}directline:{{{id}}}:log", $"{_prefix}directline:{{{id}}}:meta", $"{_prefix}directline:open" }.Order(), keys);
        foreach (var key in keys.Where(k => k.Contains(id, StringComparison.Ordinal)))
        {
            var ttl = await redis.Admin.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(23 * 60), TimeSpan.FromMinutes(24 * 60));
        }
    }

    [RedisFact]
    public async Task AfterErasureAScanFindsNoneOfTheCustomersWebChatConversations()
    {
        var kept = await StartedConversationAsync();
        var erased = await StartedConversationAsync();
        await Store.AppendAsync(erased, Message("my email is jane@example.com"), CancellationToken.None);
        await Store.AppendAsync(kept, Message("someone else"), CancellationToken.None);
        var conversationIds = new DirectLineConversationIds(new DirectLineSigningKey(Options));
        var privacy = new DirectLinePersonalData(Store, conversationIds);
        // Profiles record the id the bot's turns saw: the bot-side id.
        var subject = new CustomerDataSubject("jane_doe_1234", [],
            [new ChannelConversation(DirectLineBotDelivery.ChannelId, conversationIds.ForBot(erased)), new ChannelConversation("msteams", kept)]);

        var export = await privacy.ExportAsync(subject, CancellationToken.None);
        await privacy.EraseAsync(subject, CancellationToken.None);

        Assert.Equal("my email is jane@example.com", export![erased]![0]!["text"]!.GetValue<string>());
        var keys = await redis.AllKeysAsync();
        Assert.DoesNotContain(keys, k => k.Contains(erased, StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains(kept, StringComparison.Ordinal));
    }

    private RedisDirectLineConversationStore Replica(StackExchange.Redis.IConnectionMultiplexer connection) =>
        new(connection, _prefix, Options, TimeProvider.System);
}
