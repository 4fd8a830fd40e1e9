namespace EcomBot.Bot.Cli;

/// <summary>The arguments after a verb: <c>--name value</c> options and the remaining positional words.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    public CliArguments(IEnumerable<string> words)
    {
        var positional = new List<string>();
        using var e = words.GetEnumerator();
        string? pendingOption = null;
        while (e.MoveNext())
        {
            var word = e.Current;
            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                if (pendingOption is not null)
                {
                    _options[pendingOption] = "true";
                }
                pendingOption = word[2..];
            }
            else if (pendingOption is not null)
            {
                _options[pendingOption] = word;
                pendingOption = null;
            }
            else
            {
                positional.Add(word);
            }
        }
        if (pendingOption is not null)
        {
            _options[pendingOption] = "true";
        }
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string RequiredOption(string name) =>
        Option(name) ?? throw new CliUsageException($"missing --{name}");

    /// <summary>
    /// A file named by an option. A relative path is taken from the caller's shell folder (<c>PWD</c>) first, then
    /// from the process's folder: <c>dotnet run --project bot</c> starts the process in <c>bot/</c>, while the path
    /// was written from wherever the command was typed.
    /// </summary>
    public string ExistingFile(string name)
    {
        var path = RequiredOption(name);
        string[] folders = [Environment.GetEnvironmentVariable("PWD") ?? "", Environment.CurrentDirectory];
        var found = Path.IsPathRooted(path)
            ? (File.Exists(path) ? path : null)
            : folders.Where(f => f.Length > 0).Select(f => Path.GetFullPath(Path.Combine(f, path))).FirstOrDefault(File.Exists);
        return found ?? throw new CliUsageException($"--{name}: no file at '{path}'");
    }

    public int IntOption(string name, int fallback) =>
        Option(name) is { } text ? int.TryParse(text, out var n) ? n : throw new CliUsageException($"--{name} must be a whole number") : fallback;

    public bool Flag(string name) => Option(name) is "true";
}

/// <summary>Thrown by a verb when its arguments are wrong; the runner prints the message and the verb's usage.</summary>
public sealed class CliUsageException(string message) : Exception(message);
