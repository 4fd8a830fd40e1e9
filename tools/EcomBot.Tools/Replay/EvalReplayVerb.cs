using EcomBot.Bot.Commerce;
using EcomBot.Bot.Cli;

namespace EcomBot.Tools.Replay;

/// <summary><c>eval replay --db FILE --data FILE</c>: replays recorded benchmark tool calls against the demo
/// store and prints one line per failing task, then <c>passed=&lt;n&gt; total=&lt;m&gt;</c>.</summary>
public sealed class EvalReplayVerb : ICliVerb
{
    public string Name => "eval replay";

    public string Usage => "eval replay --db FILE --data FILE   replay recorded tool calls; prints passed=<n> total=<m>";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var database = StoreDatabase.Load(args.ExistingFile("db"));
        var tasks = ReplayTask.Load(args.ExistingFile("data"));
        using var evaluator = new ReplayEvaluator(database);
        var passed = 0;
        foreach (var task in tasks)
        {
            var outcome = await evaluator.EvaluateAsync(task, cancellationToken);
            if (outcome.Passed)
            {
                passed++;
            }
            else
            {
                Console.WriteLine($"FAIL task {outcome.TaskId}: {outcome.FirstDifference}");
            }
        }
        Console.WriteLine($"passed={passed} total={tasks.Count}");
        return 0;
    }
}
