namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Everything that shapes a trained router besides its data. Part of the cache key: change any of them and the
/// model is trained afresh.
/// </summary>
public sealed record IntentModelHyperparameters
{
    /// <summary>Bumped whenever featurisation or training changes meaning, so stale cached models are not reused.</summary>
    public const int ModelVersion = 1;

    public int Seed { get; init; } = 17;

    public int Epochs { get; init; } = 10;

    public float LearningRate { get; init; } = 0.3f;

    public float L2 { get; init; } = 1e-6f;

    /// <summary>The lexical block has 2^HashBits hashed buckets.</summary>
    public int HashBits { get; init; } = 15;

    public float EmbeddingWeight { get; init; } = 2f;

    public float LexicalWeight { get; init; } = 1f;

    /// <summary>Share of each intent's examples held back to fit the softmax temperature.</summary>
    public double CalibrationFraction { get; init; } = 0.1;

    public int LexicalBuckets => 1 << HashBits;
}
