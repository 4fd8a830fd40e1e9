using EcomBot.Bot.BotFramework.InProcess;
using System.Diagnostics;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Commerce;
using EcomBot.Knowledge.Embeddings;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.AI;

namespace EcomBot.Tools.Turns;

/// <summary>
/// <c>bench turns</c>: how long whole turns take (activity handler, learned intents, flows, knowledge search, state
/// load and save in the configured store, profile signals), per kind of message, over many scripted conversations;
/// and how soon after the last turn the profile signals they produced are all applied. The conversations are varied
/// (<see cref="BenchConversations"/>), so repeated texts do not flatter the numbers.
/// </summary>
internal sealed class BenchTurnsVerb(
    IBot bot,
    IntentModelProvider intentModel,
    BackgroundWork background,
    ProfileSignalMetrics signals,
    IStorage storage,
    StoreDatabase store,
    IEmbeddingGenerator<string, Embedding<float>> embeddings) : ICliVerb
{
    private const int WarmUpConversations = 3;

    /// <summary>Where the report goes (the console; a test reads it).</summary>
    internal TextWriter Output { get; init; } = Console.Out;

    public string Name => "bench turns";

    public string Usage => "bench turns [--conversations 40] [--seed 7]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var conversations = args.IntOption("conversations", 40);
        if (conversations < 1)
        {
            throw new CliUsageException("--conversations must be 1 or more");
        }
        var adapter = new InProcessAdapter();
        var scripts = new BenchConversations(store, args.IntOption("seed", 7));
        await background.StartAsync(cancellationToken);
        try
        {
            await intentModel.GetModelAsync(cancellationToken);
            for (var n = 0; n < WarmUpConversations; n++)
            {
                await RunConversationAsync(adapter, scripts.Next(), null, cancellationToken);
            }
            await SignalsSettledAsync(cancellationToken);
            var timings = BenchConversations.Steps.ToDictionary(step => step, _ => new List<double>());
            var (acceptedBefore, appliedBefore) = (signals.Accepted, signals.Applied);
            for (var n = 0; n < conversations; n++)
            {
                await RunConversationAsync(adapter, scripts.Next(), timings, cancellationToken);
            }
            var lastTurn = Stopwatch.StartNew();
            var settled = await SignalsSettledAsync(cancellationToken);
            var settledAfter = lastTurn.Elapsed.TotalMilliseconds;

            Output.WriteLine($"whole turns in process, state in {storage.GetType().Name}, {Environment.ProcessorCount} cores, "
                + $"{conversations} varied conversations of {BenchConversations.Steps.Length} messages (after {WarmUpConversations} to warm up); "
                + "the embedding cache is emptied before every message");
            Output.WriteLine($"{"message",-26}{"p50 ms",10}{"p99 ms",10}");
            foreach (var step in BenchConversations.Steps)
            {
                Output.WriteLine($"{step,-26}{Percentile(timings[step], 50),10:F2}{Percentile(timings[step], 99),10:F2}");
            }
            var all = timings.Values.SelectMany(t => t).ToList();
            Output.WriteLine($"profile signals: accepted={signals.Accepted - acceptedBefore} applied={signals.Applied - appliedBefore} "
                + $"dropped={signals.Dropped} failed={signals.Failed} "
                + (settled ? $"all applied {settledAfter:F0} ms after the last turn" : "NOT all applied 30 s after the last turn"));
            Output.WriteLine($"turn_p50_ms={Percentile(all, 50):F2} turn_p99_ms={Percentile(all, 99):F2} n={all.Count}");
            return settled ? 0 : 1;
        }
        finally
        {
            await background.StopAsync();
        }
    }

    private async Task RunConversationAsync(
        InProcessAdapter adapter, IReadOnlyList<string> messages, Dictionary<string, List<double>>? timings, CancellationToken cancellationToken)
    {
        var conversation = $"bench-{Guid.NewGuid():N}";
        var user = "user-" + conversation;
        await adapter.RunTurnAsync(bot, InProcessAdapter.Joined(conversation, user), cancellationToken);
        foreach (var (step, text) in BenchConversations.Steps.Zip(messages))
        {
            // Each message costs what a never-seen one costs: only a turn's own reuse of its embedding counts.
            (embeddings as RecentEmbeddingsCache)?.Clear();
            var clock = Stopwatch.StartNew();
            var replies = await adapter.RunTurnAsync(bot, InProcessAdapter.Message(conversation, user, text), cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (replies.Count == 0)
            {
                throw new InvalidOperationException($"The bot did not answer \"{text}\".");
            }
            timings?[step].Add(elapsed);
        }
    }

    private async Task<bool> SignalsSettledAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (signals.Outstanding > 0)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                return false;
            }
            await Task.Delay(1, cancellationToken);
        }
        return true;
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
