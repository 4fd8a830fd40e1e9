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
/// Task 37: questions about amounts asked before identifying ("the most expensive item in that order": the order the
/// customer described the turn before), then every item of pending #W9348897 switched to its cheapest option, which
/// leaves the two items no other option undercuts as they are.
/// Task 82: Chen Silva asks for the tablet of gift-card-paid #W9571698 refunded to a credit card; told that is not possible, they
/// fall back to returning the whole order to the gift card.
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
        var (task, records, transcript) = await HoldWithTranscriptAsync("21", new() { ["Commerce:ModifiedItemPricing"] = "LastVariantLikeBenchmark" });

        Assert.Null(ChangedRecords.FirstDifference(DemoData.Database, task.Gold.Changed, records));
        Assert.Contains(transcript, line => line.Speaker == "bot" && line.Text.Contains("$44.08", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task AmountsAskedBeforeIdentifyingAreAnsweredWithTheCustomersNumbersAndTheCheapestSwitchIsTheGolds()
    {
        await redis.FlushAsync();
        // The gold records price swapped items as the tau2 reference tools do (each takes the last new variant's price).
        var (task, records, transcript) = await HoldWithTranscriptAsync("37", new() { ["Commerce:ModifiedItemPricing"] = "LastVariantLikeBenchmark" });

        Assert.Contains(transcript, line => line.Speaker == "bot" && line.Text.Contains("is the Action Camera", StringComparison.Ordinal)
            && line.Text.Contains("$481.50", StringComparison.Ordinal));
        Assert.Equal([new RecordKey(RecordKey.OrdersKind, "#W9348897")], records.Keys);
        if (ChangedRecords.FirstDifference(DemoData.Database, task.Gold.Changed, records) is { } difference)
        {
            Assert.Fail(difference + "\n" + string.Join("\n", transcript));
        }
    }

    [RedisFact]
    public async Task ACustomerWhoseRefundMethodIsRefusedHasTheirFallBackCarriedOut()
    {
        await redis.FlushAsync();
        var (task, records) = await HoldAsync("82");

        Assert.Equal([new RecordKey(RecordKey.OrdersKind, "#W9571698")], records.Keys);
        Assert.Null(ChangedRecords.FirstDifference(DemoData.Database, task.Gold.Changed, records));
    }

    // Task 14: Mia Garcia returns "everything that's for gaming": the keyboard of #W5490111 and the mouse of #W7387996,
    // each to the method it was paid with. Task 54: Amelia Silva cancels or returns "all the orders I can, except the
    // boots": delivered #W4597054 returned whole, pending #W4836353 and #W7342738 cancelled, the boots kept.
    [RedisFact]
    public Task EverythingForAUseIsReturnedFromEachOrderThatHoldsSomeAndNothingElseChanges() =>
        SweepChangesOnlyAsync("14", ["#W5490111", "#W7387996"]);

    [RedisFact]
    public Task CancelOrReturnAllButOneItemCancelsThePendingOrdersAndReturnsTheDeliveredOnes() =>
        SweepChangesOnlyAsync("54", ["#W4597054", "#W4836353", "#W7342738"]);

    private async Task SweepChangesOnlyAsync(string taskId, string[] orders)
    {
        await redis.FlushAsync();
        var (task, records) = await HoldAsync(taskId);

        Assert.Equal(orders, records.Keys.Where(k => k.Kind == RecordKey.OrdersKind).Select(k => k.Id).Order(StringComparer.Ordinal));
        Assert.Null(ChangedRecords.FirstDifference(DemoData.Database, task.Gold.Changed, records));
    }

    private async Task<(JourneyTask Task, IReadOnlyDictionary<RecordKey, string> Records)> HoldAsync(string taskId)
    {
        var (task, records, _) = await HoldWithTranscriptAsync(taskId);
        return (task, records);
    }

    private async Task<(JourneyTask Task, IReadOnlyDictionary<RecordKey, string> Records, IReadOnlyList<TranscriptLine> Transcript)> HoldWithTranscriptAsync(
        string taskId, Dictionary<string, string?>? settings = null)
    {
        var task = JourneyTask.Load(SharedDataSets.File("tau2-retail/tasks_train.json"), SharedDataSets.File("tau2-retail/replay_train.json"))
            .Single(t => t.Id == taskId);
        var card = CustomerCard.Load(CustomerCard.TrainFile)[taskId];
        IReadOnlyList<TranscriptLine> transcript;
        var configuration = new Dictionary<string, string?>(settings ?? [])
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Commerce:RedisKeyPrefix"] = Prefix,
        };
        await using (var app = new RedisBotApplication(configuration))
        {
            await ChannelConversation.WhenReadyAsync(app.Services);
            var journey = new Journey(task, card, app.Services.GetRequiredService<StoreDatabase>());
            transcript = await journey.HoldAsync(
                new HttpCustomerChannel(app.CreateClient(), ChannelConversation.NewId(), $"customer-{taskId}"), CancellationToken.None);
            Assert.Contains(transcript, line => line.Speaker == "customer" && line.Text == SimulatedCustomer.Goodbye);
        }
        return (task, await StoreRecordsInRedis.ReadAsync(redis.Admin, Prefix), transcript);
    }
}
