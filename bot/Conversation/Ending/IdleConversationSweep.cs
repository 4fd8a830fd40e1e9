using EcomBot.Bot.State;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// Every <c>Conversation:IdleSweepSeconds</c> on every replica, ends the conversations no customer message reached for
/// <c>Conversation:IdleMinutes</c>: each is claimed out of <see cref="IOpenConversations"/> (so exactly one replica gets
/// it) and its end published. Its state is cleared by its next turn, if one comes (see <see cref="ConversationEnding"/>).
/// </summary>
public sealed partial class IdleConversationSweep(
    IOpenConversations open,
    ConversationEndPublisher publisher,
    IOptions<ConversationEndingOptions> options,
    TimeProvider clock,
    ILogger<IdleConversationSweep> logger) : BackgroundService
{
    /// <summary>Conversations claimed in one store call.</summary>
    public const int BatchSize = 100;

    /// <summary>Ends every conversation idle by now; returns how many this call ended.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var idleTime = options.Value.IdleTime;
        var idleSince = clock.GetUtcNow() - idleTime;
        var ended = 0;
        while (true)
        {
            var claimed = await open.ClaimIdleAsync(idleSince, BatchSize, cancellationToken);
            foreach (var conversation in claimed)
            {
                await publisher.PublishAsync(
                    new ConversationEnded(conversation.ChannelId, conversation.ConversationId, conversation.CustomerId,
                        ConversationEndReason.Idle, conversation.LastActivityAt + idleTime),
                    cancellationToken);
                ended++;
            }
            if (claimed.Count < BatchSize)
            {
                return ended;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (StoreUnavailableException unavailable)
                {
                    LogStoreUnavailable(unavailable.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; conversations still open are swept by another replica or after the restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The idle conversation sweep could not reach its store ({Failure}); it tries again next time.")]
    private partial void LogStoreUnavailable(string failure);
}
