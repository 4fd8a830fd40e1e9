using EcomBot.Knowledge.Ingestion;

namespace EcomBot.Tools.Knowledge;

/// <summary>
/// Brings the configured index up to date before a verb searches it. Verbs do not start the host, so the bot's
/// start-up ingestion has not run; ingestion is idempotent, so an index that is current costs only the content hashes.
/// </summary>
internal sealed class IndexedKnowledge(KnowledgeIngestor ingestor, KnowledgeSources sources)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var report in await ingestor.IngestAllAsync(sources, cancellationToken))
        {
            await Console.Error.WriteLineAsync(report.ToString());
        }
    }
}
