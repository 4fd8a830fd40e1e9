namespace EcomBot.Bot.Conversation.Routing;

/// <summary>Starts loading or training the intent model when the host starts, so the first customer does not wait.</summary>
public sealed class IntentModelWarmUp(IntentModelProvider models) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await models.GetModelAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the model is ready is fine: the next start trains again.
        }
        catch (Exception)
        {
            // Already logged by the provider; the next classification retries. Never take the host down for it.
        }
    }
}
