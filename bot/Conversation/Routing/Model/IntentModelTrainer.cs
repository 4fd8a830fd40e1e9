using EcomBot.Bot.Conversation.Routing.Training;

namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Trains the router: featurise every utterance once, fit on all but a held-back slice of each intent to calibrate
/// the softmax temperature on that slice, then refit on everything with the same seed and keep that temperature.
/// </summary>
public static class IntentModelTrainer
{
    public static async Task<SoftmaxModel> TrainAsync(
        IReadOnlyList<LabelledUtterance> examples, IntentFeaturizer featurizer, CancellationToken cancellationToken)
    {
        if (examples.Count == 0)
        {
            throw new ArgumentException("No training examples", nameof(examples));
        }
        var hyperparameters = featurizer.Hyperparameters;
        var classNames = examples.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal).ToArray();
        var classOf = classNames.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
        var features = await featurizer.FeaturizeAsync([.. examples.Select(e => e.Text)], cancellationToken);
        var labels = examples.Select(e => classOf[e.Intent]).ToArray();
        var denseDimensions = features.Max(f => f.Dense.Length);

        return await Task.Run(() =>
        {
            var (fit, heldBack) = CalibrationSplit(labels, hyperparameters);
            var trial = SoftmaxTrainer.Train(
                Pick(features, fit), Pick(labels, fit), classNames, denseDimensions, hyperparameters, cancellationToken);
            var temperature = TemperatureCalibration.Fit(trial, Pick(features, heldBack), Pick(labels, heldBack));

            var model = SoftmaxTrainer.Train(features, labels, classNames, denseDimensions, hyperparameters, cancellationToken);
            model.Temperature = temperature;
            return model;
        }, cancellationToken);
    }

    /// <summary>Per intent, a seeded random share of its examples is held back; every intent keeps at least one to fit on.</summary>
    private static (int[] Fit, int[] HeldBack) CalibrationSplit(int[] labels, IntentModelHyperparameters hyperparameters)
    {
        var random = new Random(hyperparameters.Seed);
        var fit = new List<int>();
        var heldBack = new List<int>();
        foreach (var group in Enumerable.Range(0, labels.Length).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            var take = Math.Min(members.Length - 1, (int)Math.Round(members.Length * hyperparameters.CalibrationFraction));
            heldBack.AddRange(members[..take]);
            fit.AddRange(members[take..]);
        }
        fit.Sort();
        heldBack.Sort();
        return ([.. fit], [.. heldBack]);
    }

    private static T[] Pick<T>(IReadOnlyList<T> items, int[] indices) => [.. indices.Select(i => items[i])];
}
