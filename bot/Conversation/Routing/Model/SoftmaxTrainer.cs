using System.Numerics.Tensors;

namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Fits a <see cref="SoftmaxModel"/> by minimising cross-entropy plus L2 with per-example AdaGrad steps in a
/// seeded shuffled order. Single-threaded on purpose: the same seed and data give the same weights, bit for bit.
/// </summary>
public static class SoftmaxTrainer
{
    private const float Epsilon = 1e-6f;

    public static SoftmaxModel Train(
        IReadOnlyList<FeatureVector> examples,
        IReadOnlyList<int> labels,
        IReadOnlyList<string> classNames,
        int denseDimensions,
        IntentModelHyperparameters hyperparameters,
        CancellationToken cancellationToken)
    {
        var model = new SoftmaxModel(classNames, denseDimensions, hyperparameters.LexicalBuckets);
        var state = new AdaGradState(model.Weights.Length, classNames.Count);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(hyperparameters.Seed);
        var gradient = new float[classNames.Count];

        for (var epoch = 0; epoch < hyperparameters.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var i in order)
            {
                Step(model, state, examples[i], labels[i], gradient, hyperparameters);
            }
        }
        return model;
    }

    private static void Step(
        SoftmaxModel model, AdaGradState state, FeatureVector x, int label, float[] gradient,
        IntentModelHyperparameters hyperparameters)
    {
        model.Score(x, gradient);
        SoftmaxModel.Softmax(gradient, 1f);
        gradient[label] -= 1f;

        var k = gradient.Length;
        var rate = hyperparameters.LearningRate;
        for (var c = 0; c < k; c++)
        {
            state.BiasSquares[c] += gradient[c] * gradient[c];
            model.Biases[c] -= rate * gradient[c] / (MathF.Sqrt(state.BiasSquares[c]) + Epsilon);
        }
        var dense = Math.Min(x.Dense.Length, model.DenseDimensions);
        for (var d = 0; d < dense; d++)
        {
            Update(model.Weights, state.WeightSquares, d * k, gradient, x.Dense[d], rate, hyperparameters.L2, state.Step, state.Denominator);
        }
        for (var i = 0; i < x.SparseIndices.Length; i++)
        {
            var offset = (model.DenseDimensions + x.SparseIndices[i]) * k;
            Update(model.Weights, state.WeightSquares, offset, gradient, x.SparseValues[i], rate, hyperparameters.L2, state.Step, state.Denominator);
        }
    }

    // L2 is applied only to the features an example touches (lazy regularisation), which keeps sparse steps cheap.
    private static void Update(float[] weights, float[] squares, int offset, float[] gradient, float value, float rate, float l2, float[] step, float[] denominator)
    {
        var w = weights.AsSpan(offset, gradient.Length);
        var g2 = squares.AsSpan(offset, gradient.Length);
        TensorPrimitives.Multiply(w, l2, step);
        TensorPrimitives.MultiplyAdd(gradient, value, step, step);
        TensorPrimitives.MultiplyAdd(step, step, g2, g2);
        var scale = denominator.AsSpan(0, step.Length);
        TensorPrimitives.Sqrt(g2, scale);
        TensorPrimitives.Add(scale, Epsilon, scale);
        TensorPrimitives.Divide(step, scale, scale);
        TensorPrimitives.MultiplyAdd(scale, -rate, w, w);
    }

    private sealed class AdaGradState(int weights, int classes)
    {
        public float[] WeightSquares { get; } = new float[weights];

        public float[] BiasSquares { get; } = new float[classes];

        public float[] Step { get; } = new float[classes];

        public float[] Denominator { get; } = new float[classes];
    }
}
