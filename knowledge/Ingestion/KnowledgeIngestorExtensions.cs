namespace EcomBot.Knowledge.Ingestion;

public static class KnowledgeIngestorExtensions
{
    /// <summary>Ingests every collection of <paramref name="sources"/>: the catalogue and the help articles.</summary>
    public static async Task<IReadOnlyList<IngestReport>> IngestAllAsync(this KnowledgeIngestor ingestor, KnowledgeSources sources, CancellationToken cancellationToken = default)
    {
        var reports = new List<IngestReport>();
        foreach (var (collection, documents) in sources.ReadAll())
        {
            reports.Add(await ingestor.IngestAsync(collection, documents, cancellationToken));
        }
        return reports;
    }
}
