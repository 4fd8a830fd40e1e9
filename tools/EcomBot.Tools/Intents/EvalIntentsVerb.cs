using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Training;

namespace EcomBot.Tools.Intents;

/// <summary>
/// <c>eval intents --data FILE</c>: classifies every utterance of a Bitext-format CSV with the router's model (loading
/// or training it first) and prints per-intent precision, recall and F1, then
/// <c>accuracy=&lt;x&gt; macro_f1=&lt;x&gt; n=&lt;count&gt;</c> as the last line.
/// </summary>
public sealed class EvalIntentsVerb : ICliVerb
{
    private readonly IntentModelProvider _models;
    private readonly IntentFeaturizer _featurizer;
    private readonly IReadOnlyList<string> _flowExamples;
    private readonly TextWriter _output;

    public EvalIntentsVerb(IntentModelProvider models, IntentFeaturizer featurizer, FlowCatalog flows)
        : this(models, featurizer, flows.TrainingResources, Console.Out)
    {
    }

    internal EvalIntentsVerb(IntentModelProvider models, IntentFeaturizer featurizer, IReadOnlyList<string> flowExamples, TextWriter output)
    {
        _models = models;
        _featurizer = featurizer;
        _flowExamples = flowExamples;
        _output = output;
    }

    public string Name => "eval intents";

    public string Usage =>
        "eval intents --data FILE   (CSV with 'utterance' and 'intent' columns) | eval intents --holdout-own K"
        + " | eval intents --show FILE   (one message a line: prints the three likeliest intents of each)";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        if (args.Option("holdout-own") is not null)
        {
            return await HoldOutOwnExamplesAsync(args.IntOption("holdout-own", 5), cancellationToken);
        }
        if (args.Option("show") is not null)
        {
            return await ShowAsync(await File.ReadAllLinesAsync(args.ExistingFile("show"), cancellationToken), cancellationToken);
        }
        var examples = LabelledUtteranceCsv.ReadFile(args.ExistingFile("data"));
        var stopwatch = Stopwatch.StartNew();
        var model = await _models.GetModelAsync(cancellationToken);
        _output.WriteLine($"model: {_models.Source} ({stopwatch.Elapsed.TotalSeconds:F1} s), {model.Labels.Count} intents, "
            + $"embeddings: {(_featurizer.UsesEmbeddings ? "yes" : "no")}, temperature {model.Temperature:F3}");
        await EvaluateAsync(model, examples, cancellationToken);
        return 0;
    }

    /// <summary>The three likeliest intents of each message, with their calibrated probabilities: what the router sees.</summary>
    private async Task<int> ShowAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var messages = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var model = await _models.GetModelAsync(cancellationToken);
        var features = await _featurizer.FeaturizeAsync([.. messages], cancellationToken);
        foreach (var (message, x) in messages.Zip(features))
        {
            var probabilities = model.Probabilities(x);
            var top = probabilities.Select((p, i) => (Label: model.Labels[i], P: p)).OrderByDescending(t => t.P).Take(3);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{string.Join(" ", top.Select(t => $"{t.Label}={t.P:F2}"))}  <- {message}"));
        }
        return 0;
    }

    /// <summary>
    /// The project's own examples (discovery, cart, outreach, account, small talk...) are few, so the dev split says
    /// little about them: hold back about one in K of them (by a hash of the text), train a fresh model on Bitext's train split and the rest, and
    /// score the held-back ones.
    /// </summary>
    private async Task<int> HoldOutOwnExamplesAsync(int every, CancellationToken cancellationToken)
    {
        if (every < 2)
        {
            throw new CliUsageException("--holdout-own must be 2 or more");
        }
        var own = IntentTrainingSet.OwnExamples(_flowExamples);
        var heldOut = own.Where(e => IsHeldOut(e, every)).ToList();
        var training = IntentTrainingSet.ReadResource(IntentTrainingSet.BitextResource)
            .Concat(own.Where(e => !IsHeldOut(e, every)))
            .ToList();
        var stopwatch = Stopwatch.StartNew();
        var model = await IntentModelTrainer.TrainAsync(training, _featurizer, cancellationToken);
        _output.WriteLine($"model: trained without one in {every} own examples ({training.Count} utterances, "
            + $"{stopwatch.Elapsed.TotalSeconds:F1} s); scoring the {heldOut.Count} held back");
        await EvaluateAsync(model, heldOut, cancellationToken, listMisses: true);
        return 0;
    }

    /// <summary>About one in <paramref name="every"/>, chosen by a hash of the text: the same examples whichever flow
    /// folder or order they are kept in.</summary>
    private static bool IsHeldOut(LabelledUtterance example, int every) =>
        BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(example.Text))) % (uint)every == 0;

    private async Task EvaluateAsync(
        SoftmaxModel model, IReadOnlyList<LabelledUtterance> examples, CancellationToken cancellationToken, bool listMisses = false)
    {
        var stopwatch = Stopwatch.StartNew();
        var features = await _featurizer.FeaturizeAsync([.. examples.Select(e => e.Text)], cancellationToken);
        var predicted = features.Select(x => Best(model, x)).ToArray();
        _output.WriteLine($"classified {examples.Count} utterances in {stopwatch.Elapsed.TotalSeconds:F1} s");
        if (listMisses)
        {
            foreach (var (example, guess) in examples.Zip(predicted).Where(p => p.First.Intent != p.Second))
            {
                _output.WriteLine($"miss: \"{example.Text}\" is {example.Intent}, predicted {guess}");
            }
        }

        var evaluation = new IntentEvaluation([.. examples.Select((e, i) => (e.Intent, predicted[i]))]);
        _output.WriteLine($"{"intent",-28} {"n",5} {"predicted",9} {"precision",9} {"recall",7} {"f1",7}");
        foreach (var score in evaluation.Scores)
        {
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{score.Intent,-28} {score.Support,5} {score.Predicted,9} {score.Precision,9:F4} {score.Recall,7:F4} {score.F1,7:F4}"));
        }
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accuracy={evaluation.Accuracy:F4} macro_f1={evaluation.MacroF1:F4} n={evaluation.Count}"));
    }

    private static string Best(SoftmaxModel model, FeatureVector x)
    {
        var probabilities = model.Probabilities(x);
        return model.Labels[Array.IndexOf(probabilities, probabilities.Max())];
    }
}
