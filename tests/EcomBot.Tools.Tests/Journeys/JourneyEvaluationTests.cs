using EcomBot.Bot.Cli;
using EcomBot.TestSupport;
using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

/// <summary>
/// Whole journeys through the bot's own <c>/api/messages</c> handler. Task 48: Daiki Johnson (name and zip) returns the air
/// purifier of delivered #W9502127 to the original payment method (PayPal); task 10's customer wants what the store
/// cannot do and asks for a person, so nothing may change.
/// </summary>
public sealed class JourneyEvaluationTests : IAsyncLifetime
{
    private readonly JourneyEvaluation _evaluation = new(DemoData.Database, embeddings: SharedEmbeddings.Generator);

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AReturnTheCustomerConfirmsChangesTheStoreExactlyAsTheGoldReplayDid()
    {
        var outcome = await _evaluation.RunAsync(TrainJourneys.Task("48"), TrainJourneys.Cards["48"]);

        Assert.True(outcome.Passed, outcome.FirstDifference);
        Assert.Contains(outcome.Transcript, line => line.Speaker == "customer" && line.Text == "yes");
        Assert.Contains(outcome.Transcript, line => line.Speaker == "bot" && line.Text.Contains("#W9502127 is now \"return requested\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACustomerWhoDeclinesLeavesTheStoreUnchangedAndTheJourneyFailsOnTheGoldRecord()
    {
        var declining = TrainJourneys.Cards["48"] with
        {
            Script = [new MindChange { On = nameof(BotQuestion.Confirmation), Say = "No, leave it as it is.", Then = [new CustomerRequest { Say = "That's all.", Kind = CustomerRequest.QuestionKind }] }],
        };

        var outcome = await _evaluation.RunAsync(TrainJourneys.Task("48"), declining);

        Assert.Equal("changed: orders/#W9502127 was recorded as changed but is unchanged", outcome.FirstDifference);
        Assert.Contains(outcome.Transcript, line => line.Text == "No, leave it as it is.");
    }

    [Fact]
    public async Task EachJourneyStartsFromTheShippedStore()
    {
        var first = await _evaluation.RunAsync(TrainJourneys.Task("48"), TrainJourneys.Cards["48"]);
        var again = await _evaluation.RunAsync(TrainJourneys.Task("48"), TrainJourneys.Cards["48"]);

        Assert.True(first.Passed, first.FirstDifference);
        Assert.True(again.Passed, again.FirstDifference);
    }

    [Fact]
    public async Task TheVerbPrintsEachFailureWithItsTranscriptThenTheScores()
    {
        var output = new StringWriter();
        var verb = new EvalJourneysVerb(DemoData.Database) { Output = output, Embeddings = SharedEmbeddings.Generator };

        var exit = await verb.RunAsync(new CliArguments([
            "--tasks", SharedDataSets.File("tau2-retail/tasks_train.json"),
            "--replay", SharedDataSets.File("tau2-retail/replay_train.json"),
            "--only", "48,10,59"]), CancellationToken.None); // 59 asks which pending order is older; the store keeps no dates

        var lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal(0, exit);
        Assert.Equal("passed=2 total=3", lines[^1]);
        Assert.Equal("do_nothing_passed=1 (tasks expecting no change and no fact to tell; 1 expect no change)", lines[^2]);
        Assert.Equal("failed: 59", lines[^3]);
        Assert.StartsWith("FAIL task 59: changed: orders/", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    bot: Hi!", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("    customer: My two orders #W2702727 and #W8268610 are both pending", StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _evaluation.DisposeAsync();
}
