using System.Globalization;
using System.Text.RegularExpressions;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Tools.Intents;
using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Training;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomBot.Tools.Tests.Intents;

/// <summary>
/// <c>eval intents --holdout-own K</c> trains a fresh model without about one in K of the project's own examples (chosen by a hash of the text) and scores
/// exactly those. Lexical features only here, which train in seconds; the command itself uses the app's featurizer.
/// </summary>
public sealed partial class EvalIntentsHoldOutTests : IDisposable
{
    private static readonly IReadOnlyList<string> FlowExamples = TestApps.Shared.Get<Bot.Conversation.FlowCatalog>().TrainingResources;

    private readonly TemporaryDirectory _directory = new();
    private readonly IntentFeaturizer _lexical = new(null, new IntentModelHyperparameters());

    [Fact]
    public async Task TheHeldBackOwnExamplesAreScoredAndEveryMissIsListed()
    {
        var output = new StringWriter();
        var verb = new EvalIntentsVerb(Provider(), _lexical, FlowExamples, output);
        var own = IntentTrainingSet.OwnExamples(FlowExamples);

        var exit = await verb.RunAsync(new CliArguments(["--holdout-own", "5"]), CancellationToken.None);

        var lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
        var summary = SummaryLine().Match(lines[^1]);
        Assert.Equal(0, exit);
        Assert.True(summary.Success, lines[^1]);
        var n = int.Parse(summary.Groups["n"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(n, own.Count / 10, own.Count * 3 / 10);
        var accuracy = double.Parse(summary.Groups["accuracy"].Value, CultureInfo.InvariantCulture);
        var misses = lines.Count(l => l.StartsWith("miss: ", StringComparison.Ordinal));
        Assert.Equal((int)Math.Round((1 - accuracy) * n), misses);
        Assert.InRange(accuracy, 0.5, 1.0);
    }

    [Fact]
    public async Task HoldingOutEveryExampleIsAUsageError() =>
        await Assert.ThrowsAsync<CliUsageException>(() =>
            new EvalIntentsVerb(Provider(), _lexical, FlowExamples, new StringWriter()).RunAsync(new CliArguments(["--holdout-own", "1"]), CancellationToken.None));

    public void Dispose() => _directory.Dispose();

    private IntentModelProvider Provider() =>
        new([], _lexical, new IntentModelCache(_directory.Path), NullLogger<IntentModelProvider>.Instance);

    [GeneratedRegex(@"^accuracy=(?<accuracy>\d\.\d{4}) macro_f1=\d\.\d{4} n=(?<n>\d+)$")]
    private static partial Regex SummaryLine();
}
