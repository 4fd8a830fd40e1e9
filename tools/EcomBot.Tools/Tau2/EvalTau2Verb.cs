using EcomBot.Bot.Assistant;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Commerce;
using EcomBot.Tools.Journeys;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace EcomBot.Tools.Tau2;

/// <summary>
/// <c>eval tau2 --tasks FILE --replay FILE [--trials K] [--only 0,6] [--max-turns 30] [--transcripts]</c>: the tau2-bench
/// retail procedure with the bot on its chat-model path. A chat model plays each task's customer from the task's
/// instructions (<see cref="ModelCustomer"/>); at the end the store's changed records are compared with the gold replay
/// and the facts to tell are checked, as <c>eval journeys</c> does. Prints each trial's result, then pass^1..pass^K.
/// Needs <c>AI:*</c>; the customer uses <c>Tau2:Customer:*</c> where set (same keys), the bot's model otherwise.
/// </summary>
internal sealed class EvalTau2Verb(StoreDatabase database, IConfiguration configuration, IOptions<AssistantOptions> botModel, ILoggerFactory logs)
    : ICliVerb
{
    public const string CustomerSection = "Tau2:Customer";

    internal TextWriter Output { get; init; } = Console.Out;

    /// <summary>An encoder to share (tests share one); the bot's own is loaded otherwise.</summary>
    internal IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; init; }

    public string Name => "eval tau2";

    public string Usage =>
        "eval tau2 --tasks ../shared/data/tau2-retail/tasks_train.json --replay ../shared/data/tau2-retail/replay_train.json [--trials 4] [--only 0,6] [--max-turns 30] [--transcripts]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        if (!botModel.Value.IsEnabled)
        {
            Output.WriteLine("eval tau2 runs the bot on its chat-model path and needs a model: set AI:Provider, AI:Model and, as the "
                + "provider needs, AI:Endpoint and AI:ApiKey (for example AI__Provider=OpenAICompatible AI__Endpoint=http://localhost:11434/v1 "
                + $"AI__Model=llama3.1). The simulated customer uses the same model unless {CustomerSection}:* (same keys) names another.");
            return 2;
        }
        var tasks = JourneyTask.Load(args.ExistingFile("tasks"), args.ExistingFile("replay"));
        var only = args.Option("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var chosen = tasks.Where(t => only is null || only.Contains(t.Id)).ToList();
        var trials = Math.Max(1, args.IntOption("trials", 1));
        var maxTurns = Math.Max(1, args.IntOption("max-turns", 30));
        var customerOptions = CustomerModel();
        using var customerHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(customerOptions.TimeoutSeconds) };
        var customerModel = ChatModels.Create(customerOptions, customerHttp, logs);

        var modelSettings = configuration.GetSection(AssistantOptions.SectionName).AsEnumerable()
            .Where(kv => kv.Value is not null);
        await using var evaluation = new JourneyEvaluation(database, embeddings: Embeddings, settings: modelSettings);
        var results = new List<(int Passed, int Trials)>();
        foreach (var task in chosen)
        {
            var passed = 0;
            for (var trial = 1; trial <= trials; trial++)
            {
                var customer = new ModelCustomer(customerModel, task, customerOptions.Temperature);
                var outcome = await evaluation.RunAsync(task, (channel, ct) => HoldAsync(customer, channel, maxTurns, ct), cancellationToken);
                passed += outcome.Passed ? 1 : 0;
                Output.WriteLine(outcome.Passed ? $"PASS task {task.Id} trial {trial}" : $"FAIL task {task.Id} trial {trial}: {outcome.FirstDifference}");
                if (!outcome.Passed || args.Flag("transcripts"))
                {
                    foreach (var line in outcome.Transcript)
                    {
                        Output.WriteLine("    " + line);
                    }
                    Output.WriteLine();
                }
            }
            results.Add((passed, trials));
        }
        for (var k = 1; k <= trials; k++)
        {
            Output.WriteLine($"pass^{k}={PassHatK.Of(results, k):0.000}");
        }
        Output.WriteLine($"tasks={results.Count} trials={trials}");
        return 0;
    }

    /// <summary>The customer's model: <c>Tau2:Customer:*</c> over the bot's <c>AI:*</c>, key by key.</summary>
    private AssistantOptions CustomerModel()
    {
        var options = new AssistantOptions();
        configuration.GetSection(AssistantOptions.SectionName).Bind(options);
        configuration.GetSection(CustomerSection).Bind(options);
        if (new AssistantOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            throw new CliUsageException($"the simulated customer's model ({CustomerSection}:* over AI:*): {invalid.FailureMessage}");
        }
        return options;
    }

    private static async Task<IReadOnlyList<TranscriptLine>> HoldAsync(
        ModelCustomer customer, ICustomerChannel channel, int maxTurns, CancellationToken cancellationToken)
    {
        var transcript = new List<TranscriptLine>();
        var botSaid = await channel.JoinAsync(cancellationToken);
        Journey.Heard(transcript, botSaid);
        for (var turn = 0; turn < maxTurns; turn++)
        {
            var message = await customer.NextAsync(botSaid, cancellationToken);
            var spoken = ModelCustomer.StopWords.Aggregate(message, (text, stop) => text.Replace(stop, "", StringComparison.Ordinal)).Trim();
            if (spoken.Length > 0)
            {
                transcript.Add(new TranscriptLine("customer", spoken));
                botSaid = await channel.SayAsync(spoken, cancellationToken);
                Journey.Heard(transcript, botSaid);
            }
            if (ModelCustomer.Ends(message) || spoken.Length == 0)
            {
                break;
            }
        }
        return transcript;
    }
}
