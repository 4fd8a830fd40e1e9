using EcomBot.Knowledge.Catalog;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Policies;

namespace EcomBot.Knowledge.Ingestion;

/// <summary>
/// The store's knowledge on disk: <c>tau2-retail/db.json</c> (the catalogue) and <c>policies/*.md</c> (help
/// articles) under one data folder, parsed and chunked into the documents of each collection.
/// </summary>
public sealed class KnowledgeSources(string dataDirectory)
{
    public string DataDirectory { get; } = dataDirectory;

    public string CatalogPath => Path.Combine(DataDirectory, "tau2-retail", "db.json");

    public string PoliciesDirectory => Path.Combine(DataDirectory, "policies");

    /// <summary>The data shipped beside the executable (copied from <c>knowledge/data</c> at build).</summary>
    public static KnowledgeSources Shipped() => new(Path.Combine(AppContext.BaseDirectory, "knowledge-data"));

    public IReadOnlyDictionary<string, IReadOnlyList<SourceDocument>> ReadAll() => new Dictionary<string, IReadOnlyList<SourceDocument>>
    {
        [KnowledgeCollections.Products] = ProductCatalogReader.Read(CatalogPath).Select(ProductDocuments.From).ToList(),
        [KnowledgeCollections.Policies] = PolicyArticleReader.ReadDirectory(PoliciesDirectory),
    };
}
