using EcomBot.Knowledge.Ingestion;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Knowledge;

/// <summary>
/// Brings the index up to date with the shipped catalogue and articles when the bot starts (not when a CLI verb
/// runs). Ingestion is idempotent, so with a current snapshot this only compares hashes.
/// </summary>
internal sealed partial class KnowledgeStartupIngestion(
    KnowledgeIngestor ingestor, KnowledgeSources sources, IOptions<KnowledgeOptions> options, ILogger<KnowledgeStartupIngestion> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IngestOnStart)
        {
            return;
        }
        LogIngesting();
        try
        {
            await ingestor.IngestAllAsync(sources, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogIngestionFailed(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Bringing the search index up to date with the shipped catalogue and help articles "
        + "(a first start embeds them all, some seconds; later starts only compare hashes)")]
    private partial void LogIngesting();

    [LoggerMessage(LogLevel.Error, "Knowledge ingestion at start-up failed; search answers from what the index already holds")]
    private partial void LogIngestionFailed(Exception exception);
}
