namespace EcomBot.Knowledge;

/// <summary>Marker for the knowledge assembly (products and policies: parse, chunk, embed, index, search).</summary>
public static class KnowledgeAssembly
{
    public const string Name = "EcomBot.Knowledge";
}
