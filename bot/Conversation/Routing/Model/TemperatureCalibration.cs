namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Temperature scaling: the one number that divides a model's scores so its softmax probabilities match how often it
/// is right on data it did not train on (lowest negative log-likelihood, found by golden-section search).
/// </summary>
public static class TemperatureCalibration
{
    private const double MinLogTemperature = -3.0;
    private const double MaxLogTemperature = 2.0;

    public static float Fit(SoftmaxModel model, IReadOnlyList<FeatureVector> examples, IReadOnlyList<int> labels)
    {
        if (examples.Count == 0)
        {
            return 1f;
        }
        var scores = examples.Select(x =>
        {
            var s = new float[model.Labels.Count];
            model.Score(x, s);
            return s;
        }).ToArray();

        var golden = (Math.Sqrt(5) - 1) / 2;
        double low = MinLogTemperature, high = MaxLogTemperature;
        var a = high - golden * (high - low);
        var b = low + golden * (high - low);
        double fa = NegativeLogLikelihood(scores, labels, a), fb = NegativeLogLikelihood(scores, labels, b);
        for (var i = 0; i < 60; i++)
        {
            if (fa < fb)
            {
                high = b;
                (b, fb) = (a, fa);
                a = high - golden * (high - low);
                fa = NegativeLogLikelihood(scores, labels, a);
            }
            else
            {
                low = a;
                (a, fa) = (b, fb);
                b = low + golden * (high - low);
                fb = NegativeLogLikelihood(scores, labels, b);
            }
        }
        return (float)Math.Exp((low + high) / 2);
    }

    private static double NegativeLogLikelihood(float[][] scores, IReadOnlyList<int> labels, double logTemperature)
    {
        var temperature = Math.Exp(logTemperature);
        var total = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var max = scores[i].Max();
            var sum = scores[i].Sum(s => Math.Exp((s - max) / temperature));
            total += Math.Log(sum) - (scores[i][labels[i]] - max) / temperature;
        }
        return total / scores.Length;
    }
}
