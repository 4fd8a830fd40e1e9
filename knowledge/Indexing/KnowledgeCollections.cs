namespace EcomBot.Knowledge.Indexing;

/// <summary>The collections the knowledge base keeps: one document per product, one per policy passage.</summary>
public static class KnowledgeCollections
{
    public const string Products = "products";
    public const string Policies = "policies";
}
