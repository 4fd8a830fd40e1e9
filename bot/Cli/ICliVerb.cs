namespace EcomBot.Bot.Cli;

/// <summary>
/// A command-line verb of the bot executable (<c>dotnet run --project bot -- ingest</c>).
/// Verbs run with the same configuration and services as the web host, but the host does not start listening.
/// </summary>
public interface ICliVerb
{
    /// <summary>The words that select the verb, e.g. <c>"eval intents"</c>.</summary>
    string Name { get; }

    /// <summary>One line shown by <c>help</c>.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; <paramref name="args"/> holds what follows the verb's words. Returns the exit code.</summary>
    Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken);
}
