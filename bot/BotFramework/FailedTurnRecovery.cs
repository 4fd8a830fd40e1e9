using EcomBot.Bot.Conversation;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// What happens after a turn threw: the failure is logged, the customer gets an apology, and the flow in progress
/// ends so the same step cannot fail again. What is safe to keep stays: who the customer is
/// (<see cref="ConversationData.CustomerId"/>, which also keys their cart), that they were welcomed, and the
/// transcript. A customer never has to identify again because of our bug.
/// </summary>
public sealed partial class FailedTurnRecovery(ConversationState conversationState, ILogger<FailedTurnRecovery> logger)
{
    public const string Apology =
        "Sorry, something went wrong on my side and I couldn't finish that. What would you like to do?";

    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    /// <summary>An <c>OnTurnError</c> handler.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        LogTurnFailed(exception, turnContext.Activity.ChannelId, turnContext.Activity.Type);
        try
        {
            await turnContext.SendActivityAsync(Apology);
        }
        catch (Exception failure)
        {
            LogApologyFailed(failure);
        }
        try
        {
            await EndFlowAsync(turnContext);
        }
        catch (Exception failure) when (failure is JsonException)
        {
            // The stored state itself cannot be read (the likely cause of the failure): only a fresh start gets the
            // conversation going again.
            LogStateUnreadable(failure);
            await conversationState.DeleteAsync(turnContext);
        }
        catch (Exception failure)
        {
            LogStateNotReset(failure);
        }
    }

    private async Task EndFlowAsync(ITurnContext turnContext)
    {
        // Read again: the failed turn may have changed the cached state half way.
        await conversationState.LoadAsync(turnContext, force: true);
        var before = await _conversationData.GetAsync(turnContext, () => new ConversationData());
        var kept = new ConversationData
        {
            CustomerId = before.CustomerId,
            Welcomed = before.Welcomed,
            Transcript = before.Transcript,
        };
        // Everything else in conversation state (flow state, offered choices, other properties) goes.
        await conversationState.ClearStateAsync(turnContext);
        await _conversationData.SetAsync(turnContext, kept);
        await conversationState.SaveChangesAsync(turnContext, force: true);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed on channel {ChannelId} ({ActivityType}); the flow in progress was ended")]
    private partial void LogTurnFailed(Exception exception, string? channelId, string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apologise after a failed turn")]
    private partial void LogApologyFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation state is unreadable after a failed turn; it was cleared")]
    private partial void LogStateUnreadable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not end the flow after a failed turn")]
    private partial void LogStateNotReset(Exception exception);
}
