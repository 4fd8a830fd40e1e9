using System.Text.Json.Nodes;
using EcomBot.Bot.Assistant;
using EcomBot.Bot.Cli;
using EcomBot.TestSupport;
using EcomBot.Tools.Tau2;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Tools.Tests.Tau2;

/// <summary>
/// <c>eval tau2</c> against a scripted OpenAI-compatible server that plays both sides: the customer (requests without
/// tools, from the task's instructions) and the bot's model (requests with the session's tools). Task 88: Daiki Silva
/// cancels pending order #W8835847, ordered by mistake.
/// </summary>
public sealed class EvalTau2VerbTests
{
    private static string[] Arguments(params string[] more) => [
        "--tasks", SharedDataSets.File("tau2-retail/tasks_train.json"),
        "--replay", SharedDataSets.File("tau2-retail/replay_train.json"),
        .. more,
    ];

    [Fact]
    public async Task AModelPlayedCustomerAndTheBotsModelPathAreScoredAgainstTheGoldWithPassHatK()
    {
        await using var model = await ScriptedChatModel.StartAsync();
        var customerTurns = 0;
        var botTurns = 0;
        model.Always(request =>
        {
            if (request["tools"] is null)
            {
                return ScriptedAnswer.Text(++customerTurns switch
                {
                    1 or 4 => "Hi, my email is daiki.silva6295@example.com. Please cancel order #W8835847, I ordered it by mistake.",
                    2 or 5 => "yes",
                    _ => "###STOP###",
                });
            }
            return ++botTurns % 2 == 1
                ? ScriptedAnswer.Call("Orders-propose_cancel_pending_order", new { orderId = "#W8835847", reason = "ordered by mistake" })
                : ScriptedAnswer.Text("I have prepared the cancellation.");
        });
        var output = new StringWriter();
        var verb = Verb(model.Endpoint, output);

        var exit = await verb.RunAsync(new CliArguments(Arguments("--only", "88", "--trials", "2", "--transcripts")), CancellationToken.None);

        Assert.Equal(0, exit);
        var report = output.ToString();
        Assert.Contains("PASS task 88 trial 1", report);
        Assert.Contains("PASS task 88 trial 2", report);
        Assert.Contains("pass^1=1.000", report);
        Assert.Contains("pass^2=1.000", report);
        var customerRequest = model.Requests.First(r => r["tools"] is null);
        var instructions = (string)customerRequest["messages"]!.AsArray()[0]!["content"]!;
        Assert.Contains("Daiki Silva", instructions);
        Assert.Contains("###STOP###", instructions);
        var botRequest = model.Requests.First(r => r["tools"] is not null);
        Assert.Contains("Orders-propose_cancel_pending_order", ToolNames(botRequest));
    }

    [Fact]
    public async Task ACustomerWhoNeverConfirmsFailsOnTheGoldRecord()
    {
        await using var model = await ScriptedChatModel.StartAsync();
        var customerTurns = 0;
        model.Always(request => request["tools"] is null
            ? ScriptedAnswer.Text(++customerTurns == 1 ? "I'm daiki.silva6295@example.com, cancel #W8835847, ordered by mistake." : "No. ###STOP###")
            : request["messages"]!.AsArray().Any(m => (string?)m!["role"] == "tool")
                ? ScriptedAnswer.Text("Prepared.")
                : ScriptedAnswer.Call("Orders-propose_cancel_pending_order", new { orderId = "#W8835847", reason = "ordered by mistake" }));
        var output = new StringWriter();

        await Verb(model.Endpoint, output).RunAsync(new CliArguments(Arguments("--only", "88")), CancellationToken.None);

        Assert.Contains("FAIL task 88 trial 1: changed: orders/#W8835847", output.ToString());
        Assert.Contains("pass^1=0.000", output.ToString());
    }

    [Fact]
    public async Task WithoutAModelItSaysWhatToConfigure()
    {
        var output = new StringWriter();
        var verb = new EvalTau2Verb(DemoData.Database, new ConfigurationBuilder().Build(), Options.Create(new AssistantOptions()), NullLoggerFactory.Instance)
        {
            Output = output,
        };

        var exit = await verb.RunAsync(new CliArguments(Arguments()), CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("AI:Provider", output.ToString());
    }

    [Theory]
    [InlineData(4, 4, 1, 1.0)]
    [InlineData(2, 4, 1, 0.5)]
    [InlineData(2, 4, 2, 1.0 / 6)]
    [InlineData(3, 4, 4, 0.0)]
    public void PassHatKIsTheChanceThatKDrawnTrialsAllPass(int passed, int trials, int k, double expected)
    {
        Assert.Equal(expected, PassHatK.Of([(passed, trials)], k), precision: 6);
    }

    private static EvalTau2Verb Verb(string endpoint, TextWriter output)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = endpoint,
            ["AI:Model"] = "scripted-model",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new AssistantOptions();
        configuration.GetSection(AssistantOptions.SectionName).Bind(options);
        return new EvalTau2Verb(DemoData.Database, configuration, Options.Create(options), NullLoggerFactory.Instance)
        {
            Output = output,
            Embeddings = SharedEmbeddings.Generator,
        };
    }

    private static IReadOnlyList<string> ToolNames(JsonObject request) =>
        [.. request["tools"]!.AsArray().Select(t => (string)t!["function"]!["name"]!)];
}
