using System.Text.Json.Nodes;
using EcomBot.Tools.Replay;
using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Rules;

namespace EcomBot.Tools.Tests.Replay;

public sealed class ReplayTrainTasksTests
{
    private static readonly Lazy<IReadOnlyList<ReplayTask>> Tasks = new(() => ReplayTask.Load(SharedDataSets.File("tau2-retail/replay_train.json")));

    [Fact]
    public async Task AllSeventyFourTrainTasksReplayExactly()
    {
        using var evaluator = new ReplayEvaluator(DemoData.Database, embeddings: SharedEmbeddings.Generator);
        var failures = new List<string>();
        foreach (var task in Tasks.Value)
        {
            var outcome = await evaluator.EvaluateAsync(task);
            if (!outcome.Passed)
            {
                failures.Add($"{outcome.TaskId}: {outcome.FirstDifference}");
            }
        }

        Assert.Equal(74, Tasks.Value.Count);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task WithTheStoresOwnPricingOnlyMultiItemModificationsDifferFromTheRecordings()
    {
        using var evaluator = new ReplayEvaluator(DemoData.Database, ModifiedItemPricing.OwnVariant, SharedEmbeddings.Generator);
        var differing = new List<ReplayTask>();
        foreach (var task in Tasks.Value)
        {
            if (!(await evaluator.EvaluateAsync(task)).Passed)
            {
                differing.Add(task);
            }
        }

        Assert.NotEmpty(differing);
        Assert.All(differing, task => Assert.Contains(task.Steps,
            s => s.Action == "modify_pending_order_items" && s.Arguments["item_ids"]!.AsArray().Count > 1));
    }

    [Fact]
    public async Task EveryRecordedRefusalIsRefusedWithTheSameMessage()
    {
        var refusals = Tasks.Value.SelectMany(t => t.Steps.Select(s => (Task: t, Step: s))).Where(x => !x.Step.Ok).ToList();
        Assert.NotEmpty(refusals);
        using var evaluator = new ReplayEvaluator(DemoData.Database, embeddings: SharedEmbeddings.Generator);
        foreach (var (task, step) in refusals)
        {
            // Replay the task's earlier steps so the refusal meets the same state it met when recorded.
            evaluator.ResetStore();
            var tools = evaluator.Session(task.Id);
            foreach (var earlier in task.Steps.TakeWhile(s => !ReferenceEquals(s, step)))
            {
                await InvokeIgnoringRefusalAsync(tools, earlier);
            }
            var refused = await Assert.ThrowsAsync<Bot.Commerce.CommerceException>(() => tools.InvokeAsync(step.Action, step.Arguments, CancellationToken.None));
            Assert.Equal(step.Error, refused.Message);
        }
    }

    [Fact]
    public async Task APriceOffByMoreThanHalfACentFailsTheTaskAndNamesWhere()
    {
        var task = Tasks.Value[0];
        var step = task.Steps.First(s => s.Action == "get_order_details" && s.Ok);
        var tampered = (JsonObject)step.Result!.DeepClone();
        tampered["items"]![0]!["price"] = tampered["items"]![0]!["price"]!.GetValue<decimal>() + 0.01m;
        var steps = task.Steps.Select(s => ReferenceEquals(s, step) ? s with { Result = tampered } : s).ToList();

        using var evaluator = new ReplayEvaluator(DemoData.Database, embeddings: SharedEmbeddings.Generator);
        var outcome = await evaluator.EvaluateAsync(task with { Steps = steps });

        Assert.False(outcome.Passed);
        Assert.Contains("$.items[0].price", outcome.FirstDifference);
    }

    [Fact]
    public async Task AMissingChangedRecordFailsTheTask()
    {
        var task = Tasks.Value.First(t => t.Changed.Count > 0);

        using var evaluator = new ReplayEvaluator(DemoData.Database, embeddings: SharedEmbeddings.Generator);
        var outcome = await evaluator.EvaluateAsync(task with { Changed = new Dictionary<string, IReadOnlyDictionary<string, JsonNode>>() });

        Assert.False(outcome.Passed);
        Assert.Contains("recorded as unchanged", outcome.FirstDifference);
    }

    private static async Task InvokeIgnoringRefusalAsync(ReplaySession tools, ReplayStep step)
    {
        try
        {
            await tools.InvokeAsync(step.Action, step.Arguments, CancellationToken.None);
        }
        catch (Bot.Commerce.CommerceException) when (!step.Ok)
        {
        }
    }
}
