using EcomBot.Bot.Cli;
using EcomBot.Knowledge.Ingestion;

namespace EcomBot.Bot.Knowledge;

/// <summary><c>ingest</c>: brings the configured index up to date with the catalogue and help articles.</summary>
internal sealed class IngestVerb(KnowledgeIngestor ingestor, KnowledgeSources sources) : ICliVerb
{
    public string Name => "ingest";

    public string Usage => "ingest    load the catalogue and help articles into the configured knowledge index";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        foreach (var report in await ingestor.IngestAllAsync(sources, cancellationToken))
        {
            Console.WriteLine(report);
        }
        return 0;
    }
}
