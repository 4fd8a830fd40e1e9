using EcomBot.Bot.Cli;

namespace EcomBot.Bot.Commerce.Replay;

/// <summary><c>eval replay --db FILE --data FILE</c>: replays recorded benchmark tool calls against the demo
/// store and prints one line per failing task, then <c>passed=&lt;n&gt; total=&lt;m&gt;</c>.</summary>
public sealed class EvalReplayVerb : ICliVerb
{
    public string Name => "eval replay";

    public string Usage => "eval replay --db FILE --data FILE   replay recorded tool calls; prints passed=<n> total=<m>";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var database = StoreDatabase.Load(ExistingFile(args, "db"));
        var tasks = ReplayTask.Load(ExistingFile(args, "data"));
        var evaluator = new ReplayEvaluator(database);
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

    /// <summary>A relative path is looked up from the current folder upwards: <c>dotnet run --project bot</c>
    /// starts the process in <c>bot/</c>, while the path was written from the repository's root.</summary>
    private static string ExistingFile(CliArguments args, string option)
    {
        var path = args.RequiredOption(option);
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null && !Path.IsPathRooted(path); folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return File.Exists(path) ? path : throw new CliUsageException($"--{option}: no file at '{path}'");
    }
}
