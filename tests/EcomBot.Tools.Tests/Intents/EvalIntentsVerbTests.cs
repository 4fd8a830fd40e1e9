using System.Globalization;
using System.Text.RegularExpressions;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.TestSupport;
using EcomBot.Tools.Intents;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.Tools.Tests.Intents;

/// <summary><c>eval intents --data</c> over a model trained once for the test run.</summary>
[Collection(TrainedRouterCollection.Name)]
public sealed partial class EvalIntentsVerbTests : IDisposable
{
    private readonly TrainedRouterFixture _router;
    private readonly TemporaryDirectory _directory = new();
    private readonly IntentModelProvider _provider;

    public EvalIntentsVerbTests(TrainedRouterFixture router)
    {
        _router = router;
        var cache = new IntentModelCache(_directory.Path);
        cache.Save(IntentModelCache.Key(router.Training, router.Featurizer.Hyperparameters, router.Featurizer.EmbeddingIdentity), router.Model);
        _provider = new IntentModelProvider(router.Training, router.Featurizer, cache, NullLogger<IntentModelProvider>.Instance);
    }

    [Fact]
    public async Task EvalIntentsEndsWithAccuracyMacroF1AndCount()
    {
        var data = Path.Combine(_directory.Path, "eval.csv");
        var sample = _router.HeldBackBitext.Take(60).ToList();
        await File.WriteAllLinesAsync(data, ["utterance,intent", .. sample.Select(e => $"\"{e.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{e.Intent}")]);
        var output = new StringWriter();
        var verb = new EvalIntentsVerb(_provider, _router.Featurizer, [], output);

        var exit = await verb.RunAsync(new CliArguments(["--data", data]), CancellationToken.None);

        Assert.Equal(0, exit);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        var match = SummaryLine().Match(last);
        Assert.True(match.Success, last);
        Assert.Equal("60", match.Groups["n"].Value);
        Assert.True(double.Parse(match.Groups["accuracy"].Value, CultureInfo.InvariantCulture) >= 0.95, last);
    }

    [Fact]
    public async Task EvalIntentsWithoutDataIsAUsageError()
    {
        var verb = new EvalIntentsVerb(_provider, _router.Featurizer, [], new StringWriter());

        await Assert.ThrowsAsync<CliUsageException>(() => verb.RunAsync(new CliArguments([]), CancellationToken.None));
    }

    public void Dispose() => _directory.Dispose();

    [GeneratedRegex(@"^accuracy=(?<accuracy>\d\.\d{4}) macro_f1=\d\.\d{4} n=(?<n>\d+)$")]
    private static partial Regex SummaryLine();
}
