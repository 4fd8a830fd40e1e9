namespace EcomBot.Bot.Cli;

/// <summary>Picks the verb whose words the command line starts with (longest match first) and runs it.</summary>
public static class CliRunner
{
    /// <summary>True when the first argument is not an option, i.e. the executable was asked to run a verb.</summary>
    public static bool IsVerbInvocation(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>Runs the verb named by the leading words of <paramref name="args"/>; prints the list of verbs when none matches.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var verbs = services.GetServices<ICliVerb>().ToList();
        var match = verbs
            .Select(v => (Verb: v, Words: v.Name.Split(' ')))
            .Where(v => v.Words.Length <= args.Length && v.Words.Select((w, i) => string.Equals(w, args[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            .OrderByDescending(v => v.Words.Length)
            .FirstOrDefault();

        if (match.Verb is null)
        {
            await Console.Error.WriteLineAsync($"unknown command '{string.Join(' ', args)}'. Commands:");
            foreach (var verb in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"  {verb.Usage}");
            }
            return 2;
        }

        try
        {
            return await match.Verb.RunAsync(new CliArguments(args.Skip(match.Words.Length)), cancellationToken);
        }
        catch (CliUsageException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nusage: {match.Verb.Usage}");
            return 2;
        }
    }
}
