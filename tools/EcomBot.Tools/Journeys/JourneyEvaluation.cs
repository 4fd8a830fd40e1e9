using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Rules;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Tools.Replay;
using Microsoft.Extensions.AI;

namespace EcomBot.Tools.Journeys;

/// <summary>The outcome of one journey: passed, or the first difference from what the task wants, with the transcript.</summary>
public sealed record JourneyOutcome(string TaskId, bool ExpectsNoChange, string? FirstDifference, IReadOnlyList<TranscriptLine> Transcript)
{
    public bool Passed => FirstDifference is null;
}

/// <summary>
/// Holds each task's journey with the bot composed as the app composes it, with its default settings (so
/// <c>Identity:Mode</c> is the default), over a fresh in-process copy of the store per task, each message POSTed to the
/// bot's own <c>/api/messages</c> handler with <c>deliveryMode: expectReplies</c> on channel <c>emulator</c>.
/// </summary>
public sealed class JourneyEvaluation : IAsyncDisposable
{
    private readonly StoreDatabase _database;
    private readonly ReplayHost _host;
    private bool _started;

    /// <param name="itemPricing">The gold records come from the benchmark's reference tools, so by default the store prices
    /// a pending order's swapped items as they do (see <see cref="ModifiedItemPricing"/>).</param>
    public JourneyEvaluation(
        StoreDatabase database, ModifiedItemPricing itemPricing = ModifiedItemPricing.LastVariantLikeBenchmark,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        _database = database;
        _host = new ReplayHost(database, itemPricing, embeddings, settings);
    }

    public Task<JourneyOutcome> RunAsync(JourneyTask task, CustomerCard card, CancellationToken cancellationToken = default) =>
        RunAsync(task, new Journey(task, card, _database).HoldAsync, cancellationToken);

    /// <summary>One journey held by <paramref name="hold"/> (a rule-based or a model-played customer) over a fresh copy
    /// of the store, compared with the task's gold.</summary>
    public async Task<JourneyOutcome> RunAsync(
        JourneyTask task, Func<ICustomerChannel, CancellationToken, Task<IReadOnlyList<TranscriptLine>>> hold, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        _host.Changes.Clear();
        var channel = new MessageEndpointChannel(_host.Services, $"journey-{task.Id}-{Guid.NewGuid():N}", $"customer-{task.Id}");
        var transcript = await hold(channel, cancellationToken);
        return new JourneyOutcome(task.Id, task.ExpectsNoChange, Journey.FirstDifference(_database, task, transcript, _host.Changes.Snapshot()), transcript);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync(CancellationToken.None);
        }
        _host.Dispose();
    }

    /// <summary>As the app starts: background services running, the knowledge index current and the intent model
    /// loaded before the first message.</summary>
    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }
        _started = true;
        await _host.StartAsync(cancellationToken);
        var services = _host.Services;
        await services.GetRequiredService<KnowledgeIngestor>().IngestAllAsync(services.GetRequiredService<KnowledgeSources>(), cancellationToken);
        await services.GetRequiredService<IntentModelProvider>().GetModelAsync(cancellationToken);
    }
}
