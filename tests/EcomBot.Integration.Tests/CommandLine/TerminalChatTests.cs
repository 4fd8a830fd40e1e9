using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EcomBot.Integration.Tests.CommandLine;

/// <summary>
/// <c>dotnet run --project bot -- chat</c> as a person runs it: the built bot executable in the bot's folder, a
/// conversation typed on standard input, and the screen (standard output) read back. Ivan Santos
/// (ivan.santos3158@example.com) has pending order #W3913498 with three items, paid with PayPal.
/// </summary>
public sealed class TerminalChatTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TheTerminalChatShowsNoLogLinesAndNoMarkdown()
    {
        var (exit, screen, log) = await ChatAsync(
            "I want to cancel an order", "ivan.santos3158@example.com", "#W3913498", "no longer needed", "no", "quit");

        Assert.True(exit == 0, screen);
        Assert.Contains("bot> Please confirm: cancel order #W3913498", screen, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"^\s*(info|warn|fail|crit|dbug|trce): ", RegexOptions.Multiline), screen);
        Assert.DoesNotContain("**", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("](", screen, StringComparison.Ordinal);
        // Each item on a line of its own, and the refund after them on its own line, not glued to the last item.
        Assert.Matches(new Regex(@"^  • Skateboard .*\$189\.65$", RegexOptions.Multiline), screen);
        Assert.Matches(new Regex(@"^\$3,413\.87 will be refunded", RegexOptions.Multiline), screen);
        Assert.Contains("IntentModelProvider", log, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Screen, string Log)> ChatAsync(params string[] lines)
    {
        var botFolder = Path.Combine(RepositoryRoot(), "bot");
        // The bot's own build output (beside it, the intent model the build trained), built in this configuration.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var executable = Path.Combine(botFolder, "bin", configuration, "net10.0", "EcomBot.Bot.dll");
        var logFile = Path.Combine(botFolder, "App_Data", "logs", "chat.log");
        var logBefore = File.Exists(logFile) ? new FileInfo(logFile).Length : 0;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = botFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(executable);
        start.ArgumentList.Add("chat");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(string.Join('\n', lines) + "\n");
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chat did not end within {Patience}:\n{await screen}\n{await errors}");
        }
        var shown = $"{await screen}\n--- standard error ---\n{await errors}";
        Assert.True(File.Exists(logFile), $"no {logFile}; the chat showed:\n{shown}");
        await using var log = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        log.Seek(logBefore, SeekOrigin.Begin);
        return (process.ExitCode, shown, await new StreamReader(log).ReadToEndAsync());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EcomBot.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No EcomBot.sln above {AppContext.BaseDirectory}");
    }
}
