namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// One utterance as the model reads it: a dense block (the sentence embedding, possibly empty) followed by a sparse
/// block of hashed lexical features whose indices count from the end of the dense block.
/// </summary>
public sealed record FeatureVector(float[] Dense, int[] SparseIndices, float[] SparseValues);
