using System.Text.RegularExpressions;
using EcomBot.Bot.BotFramework.InProcess;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.TestSupport;
using EcomBot.Tools.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Tools.Tests.Turns;

/// <summary><c>bench turns</c> over the app's own composition (real router, flows and demo store).</summary>
public sealed partial class BenchTurnsVerbTests : IDisposable
{
    private readonly SupportJourneyBot _app = new();

    private IServiceProvider Services => _app.Services;

    [Fact]
    public async Task BenchTurnsTimesEveryScriptedTurnAndSeesEveryProfileSignalApplied()
    {
        var output = new StringWriter();
        var bench = Bench(output);

        var exit = await bench.RunAsync(new CliArguments(["--conversations", "2"]), CancellationToken.None);

        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal(0, exit);
        Assert.Matches(SummaryLine(), lines[^1]);
        Assert.EndsWith("n=14", lines[^1].TrimEnd(), StringComparison.Ordinal);
        var signals = Assert.Single(lines, l => l.StartsWith("profile signals:", StringComparison.Ordinal));
        Assert.Contains("dropped=0 failed=0 all applied", signals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchTurnsWithoutConversationsIsAUsageError() =>
        await Assert.ThrowsAsync<CliUsageException>(
            () => Bench(new StringWriter()).RunAsync(new CliArguments(["--conversations", "0"]), CancellationToken.None));

    public void Dispose() => _app.Dispose();

    private BenchTurnsVerb Bench(TextWriter output) => new(
        Services.GetRequiredService<IBot>(),
        Services.GetRequiredService<IntentModelProvider>(),
        Services.GetRequiredService<BackgroundWork>(),
        Services.GetRequiredService<ProfileSignalMetrics>(),
        Services.GetRequiredService<IStorage>(),
        Services.GetRequiredService<StoreDatabase>(),
        Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>())
    {
        Output = output,
    };

    [GeneratedRegex(@"^turn_p50_ms=\d+\.\d{2} turn_p99_ms=\d+\.\d{2} n=\d+\s*$")]
    private static partial Regex SummaryLine();
}
