using System.Numerics.Tensors;

namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Multinomial logistic regression over <see cref="FeatureVector"/>s. Weights are stored feature-major
/// (<c>weights[feature * classes + class]</c>) so a sparse feature's weights for all classes sit together.
/// <see cref="Temperature"/> divides the scores before the softmax; it is fitted on held-back data so the
/// probabilities can be read as confidences.
/// </summary>
public sealed class SoftmaxModel
{
    public SoftmaxModel(IReadOnlyList<string> labels, int denseDimensions, int sparseDimensions)
        : this(labels, denseDimensions, sparseDimensions,
            new float[(denseDimensions + sparseDimensions) * labels.Count], new float[labels.Count], 1f)
    {
    }

    public SoftmaxModel(
        IReadOnlyList<string> labels, int denseDimensions, int sparseDimensions, float[] weights, float[] biases, float temperature)
    {
        if (weights.Length != (denseDimensions + sparseDimensions) * labels.Count || biases.Length != labels.Count)
        {
            throw new ArgumentException("Weight and bias sizes do not match the labels and dimensions");
        }
        Labels = labels;
        DenseDimensions = denseDimensions;
        SparseDimensions = sparseDimensions;
        Weights = weights;
        Biases = biases;
        Temperature = temperature;
    }

    public IReadOnlyList<string> Labels { get; }

    public int DenseDimensions { get; }

    public int SparseDimensions { get; }

    public float[] Weights { get; }

    public float[] Biases { get; }

    public float Temperature { get; set; }

    /// <summary>Raw class scores (before temperature) written into <paramref name="scores"/>.</summary>
    public void Score(FeatureVector x, Span<float> scores)
    {
        var k = Labels.Count;
        Biases.CopyTo(scores);
        var dense = Math.Min(x.Dense.Length, DenseDimensions);
        for (var d = 0; d < dense; d++)
        {
            var value = x.Dense[d];
            if (value != 0)
            {
                AddScaled(scores, Weights.AsSpan(d * k, k), value);
            }
        }
        for (var i = 0; i < x.SparseIndices.Length; i++)
        {
            var feature = DenseDimensions + x.SparseIndices[i];
            AddScaled(scores, Weights.AsSpan(feature * k, k), x.SparseValues[i]);
        }
    }

    /// <summary>Class probabilities with the fitted temperature applied.</summary>
    public float[] Probabilities(FeatureVector x)
    {
        var scores = new float[Labels.Count];
        Score(x, scores);
        Softmax(scores, Temperature);
        return scores;
    }

    /// <summary>In-place softmax of <paramref name="scores"/> divided by <paramref name="temperature"/>.</summary>
    public static void Softmax(Span<float> scores, float temperature)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = MathF.Exp((scores[i] - max) / temperature);
            sum += scores[i];
        }
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float factor) =>
        TensorPrimitives.MultiplyAdd(source, factor, target, target);
}
