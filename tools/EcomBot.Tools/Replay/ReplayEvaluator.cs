using EcomBot.Bot.Commerce;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Conversation;
using Microsoft.Extensions.AI;
using EcomBot.Bot.Commerce.Rules;

namespace EcomBot.Tools.Replay;

/// <summary>The outcome of replaying one task: passed, or the first difference from the recording.</summary>
public sealed record ReplayOutcome(string TaskId, string? FirstDifference)
{
    public bool Passed => FirstDifference is null;
}

/// <summary>Replays recorded tool calls through the bot's kernel functions (see <see cref="ReplaySession"/>) against a
/// fresh copy of the store and checks each step's outcome and result, then that exactly the recorded records changed,
/// and into what.</summary>
public sealed class ReplayEvaluator : IDisposable
{
    private readonly StoreDatabase _database;
    private readonly ReplayHost _host;

    /// <param name="itemPricing">The recordings come from the benchmark's reference tools, so by default the store prices
    /// swapped items as they do.</param>
    /// <param name="embeddings">An encoder to share (tests share one); the bot's own is loaded otherwise.</param>
    public ReplayEvaluator(
        StoreDatabase database, ModifiedItemPricing itemPricing = ModifiedItemPricing.LastVariantLikeBenchmark,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        _database = database;
        _host = new ReplayHost(database, itemPricing, embeddings);
    }

    public void Dispose() => _host.Dispose();

    public async Task<ReplayOutcome> EvaluateAsync(ReplayTask task, CancellationToken cancellationToken = default)
    {
        var changes = _host.Changes;
        changes.Clear();
        var tools = Session(task.Id);
        for (var i = 0; i < task.Steps.Count; i++)
        {
            var step = task.Steps[i];
            var difference = await CompareStepAsync(tools, step, cancellationToken);
            if (difference is not null)
            {
                return new ReplayOutcome(task.Id, $"step {i} {step.Action}: {difference}");
            }
        }
        return new ReplayOutcome(task.Id, ChangedRecords.FirstDifference(_database, task.Changed, changes.Snapshot()));
    }

    /// <summary>A conversation for replaying one task's steps; the store's changes are the host's until the next task.</summary>
    internal ReplaySession Session(string taskId) =>
        new(_host.Services.GetRequiredService<TurnSessions>(), _database, taskId);

    /// <summary>Starts the next task from the shipped records.</summary>
    internal void ResetStore() => _host.Changes.Clear();

    private static async Task<string?> CompareStepAsync(ReplaySession tools, ReplayStep step, CancellationToken cancellationToken)
    {
        JsonNode? result;
        try
        {
            result = await tools.InvokeAsync(step.Action, step.Arguments, cancellationToken);
        }
        catch (Exception refused) when (refused is CommerceException or Bot.Plugins.Filters.FunctionRefusedException)
        {
            return step.Ok ? $"refused with \"{refused.Message}\", recorded as succeeding" : null;
        }
        return step.Ok ? JsonDifference.Find(step.Result, result) : $"succeeded, recorded as failing with \"{step.Error}\"";
    }
}
