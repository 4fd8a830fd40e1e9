namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>The compact copies of a collection's embeddings that the first passes of a large scan read, kept in
/// step with the float vectors on every upsert and delete.</summary>
internal sealed class CompressedVectors(int dimensions)
{
    public SignCodes Signs { get; } = new(dimensions);

    public QuantisedVectors Bytes { get; } = new(dimensions);

    public void Set(int slot, ReadOnlySpan<float> vector)
    {
        Signs.Set(slot, vector);
        Bytes.Set(slot, vector);
    }

    public void Move(int from, int to)
    {
        Signs.Move(from, to);
        Bytes.Move(from, to);
    }
}
