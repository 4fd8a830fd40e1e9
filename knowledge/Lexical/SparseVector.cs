namespace EcomBot.Knowledge.Lexical;

/// <summary>A sparse term vector: term ids (hashes) and their weights, indices ascending and distinct.</summary>
public sealed record SparseVector(uint[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;
}
