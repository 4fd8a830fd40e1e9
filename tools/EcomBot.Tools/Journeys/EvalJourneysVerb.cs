using EcomBot.Bot.Cli;
using EcomBot.Bot.Commerce;
using Microsoft.Extensions.AI;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// <c>eval journeys --tasks FILE --replay FILE [--customers FILE] [--only 0,6,13] [--transcripts]</c>: holds every task's
/// whole conversation with a simulated customer (<see cref="SimulatedCustomer"/>), then compares the store's changed
/// records with the gold replay's and checks the facts the bot had to tell. Prints each failure with its first
/// difference and transcript (every transcript with <c>--transcripts</c>), the score of a bot that does nothing, then
/// <c>passed=&lt;n&gt; total=&lt;m&gt;</c> as the last line.
/// </summary>
internal sealed class EvalJourneysVerb(StoreDatabase database) : ICliVerb
{
    /// <summary>Where the report goes (the console; a test reads it).</summary>
    internal TextWriter Output { get; init; } = Console.Out;

    /// <summary>An encoder to share (tests share one); the bot's own is loaded otherwise.</summary>
    internal IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; init; }

    public string Name => "eval journeys";

    public string Usage =>
        "eval journeys --tasks ../shared/data/tau2-retail/tasks_train.json --replay ../shared/data/tau2-retail/replay_train.json [--customers FILE] [--only 0,6,13] [--transcripts]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var tasks = JourneyTask.Load(args.ExistingFile("tasks"), args.ExistingFile("replay"));
        var cards = CustomerCard.Load(args.Option("customers") is null ? CustomerCard.TrainFile : args.ExistingFile("customers"));
        var only = args.Option("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var chosen = tasks.Where(t => only is null || only.Contains(t.Id)).ToList();
        if (chosen.FirstOrDefault(t => !cards.ContainsKey(t.Id)) is { } uncarded)
        {
            throw new CliUsageException($"no customer card for task {uncarded.Id}");
        }

        await using var evaluation = new JourneyEvaluation(database, embeddings: Embeddings);
        var outcomes = new List<JourneyOutcome>();
        foreach (var task in chosen)
        {
            var outcome = await evaluation.RunAsync(task, cards[task.Id], cancellationToken);
            outcomes.Add(outcome);
            if (!outcome.Passed || args.Flag("transcripts"))
            {
                Output.WriteLine(outcome.Passed ? $"PASS task {outcome.TaskId}" : $"FAIL task {outcome.TaskId}: {outcome.FirstDifference}");
                foreach (var line in outcome.Transcript)
                {
                    Output.WriteLine("    " + line);
                }
                Output.WriteLine();
            }
        }
        var doNothing = chosen.Count(t => t.ExpectsNoChange && t.CommunicateInfo.Count == 0);
        Output.WriteLine($"failed: {string.Join(" ", outcomes.Where(o => !o.Passed).Select(o => o.TaskId))}");
        Output.WriteLine($"do_nothing_passed={doNothing} (tasks expecting no change and no fact to tell; {chosen.Count(t => t.ExpectsNoChange)} expect no change)");
        Output.WriteLine($"passed={outcomes.Count(o => o.Passed)} total={outcomes.Count}");
        return 0;
    }
}
