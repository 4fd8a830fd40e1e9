extern alias tools;

using EcomBot.Bot.Commerce;
using EcomBot.Integration.Tests.Redis;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using tools::EcomBot.Tools.Journeys;
using tools::EcomBot.Tools.Replay;

namespace EcomBot.Integration.Tests.Journeys;

/// <summary>
/// Train tasks' whole conversations held by their simulated customers over the real HTTP endpoint, with the app's default
/// settings (default <c>Identity:Mode</c>) and the store's changes in a real redis-server, scored as the held-out graders
/// score: the final records read from Redis under <c>Commerce:RedisKeyPrefix</c> against the gold replay's. Task 48:
/// Daiki Johnson (name and zip) returns the air purifier of delivered #W9502127 to PayPal. Task 10: a customer who wants
/// each order refunded to the other's payment method, which the store does not do, and then asks for a person. Task 21:
/// at the read-back of a shoe change the customer adds a second change by a product id, and asks the gift card's balance.
/// </summary>
public sealed class WholeJourneysOverHttpTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string Prefix = "journeys:commerce:";

    [RedisFact]
    public async Task AReturnHeldOverHttpLeavesExactlyTheGoldRecordsInRedisUnderTheStorePrefix()
    {
        await redis.FlushAsync();
        var (task, records) = await HoldAsync("48");

        Assert.Equal([new RecordKey(RecordKey.OrdersKind, "#W9502127")], records.Keys);
        Assert.Null(ChangedRecords.FirstDifference(DemoData.Database, task.Gold.Changed, records));
    }

    [RedisFact]
    public async Task ACustomerTheStoreCannotHelpLeavesNoChangedRecordInRedis()
    {
        await redis.FlushAsync();
        var (task, records) = await HoldAsync("10");

        Assert.True(task.ExpectsNoChange);
        Assert.Empty(records);
    }

    [RedisFact]
    public async Task AChangeAddedAtTheConfirmationIsMadeWithTheFirstAndTheBalanceAfterwardsIsTold()
    {
        await redis.FlushAsync();
        // The gold replay was recorded with the benchmark tool's pricing of a change of several items (see ModifiedItemPricing).
        var (task, records) = await HoldAsync("21", pricesLikeTheBenchmark: true);

        Assert.Null(ChangedRecords.FirstDifference(DemoData.Database, task.Gold.Changed, records));
        Assert.Contains(_transcript, line => line.Speaker == "bot" && line.Text.Contains("$44.08", StringComparison.Ordinal));
    }

    private IReadOnlyList<TranscriptLine> _transcript = [];

    private async Task<(JourneyTask Task, IReadOnlyDictionary<RecordKey, string> Records)> HoldAsync(string taskId, bool pricesLikeTheBenchmark = false)
    {
        var task = JourneyTask.Load(SharedDataSets.File("tau2-retail/tasks_train.json"), SharedDataSets.File("tau2-retail/replay_train.json"))
            .Single(t => t.Id == taskId);
        var card = CustomerCard.Load(CustomerCard.TrainFile)[taskId];
        var settings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Commerce:RedisKeyPrefix"] = Prefix,
        };
        if (pricesLikeTheBenchmark)
        {
            settings["Commerce:ModifiedItemPricing"] = "LastVariantLikeBenchmark";
        }
        await using (var app = new RedisBotApplication(settings))
        {
            await ChannelConversation.WhenReadyAsync(app.Services);
            var journey = new Journey(task, card, app.Services.GetRequiredService<StoreDatabase>());
            var transcript = await journey.HoldAsync(
                new HttpCustomerChannel(app.CreateClient(), ChannelConversation.NewId(), $"customer-{taskId}"), CancellationToken.None);
            Assert.Contains(transcript, line => line.Speaker == "customer" && line.Text == SimulatedCustomer.Goodbye);
            _transcript = transcript;
        }
        return (task, await StoreRecordsInRedis.ReadAsync(redis.Admin, Prefix));
    }
}
