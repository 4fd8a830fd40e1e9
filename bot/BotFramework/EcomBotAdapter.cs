using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// The CloudAdapter every channel's turn goes through. A turn that throws is logged, the customer gets an apology,
/// and the conversation's state is cleared so a broken conversation cannot fail the same way again.
/// </summary>
public sealed partial class EcomBotAdapter : CloudAdapter
{
    /// <summary>How often the typing indicator is repeated on a long turn (channels let one fade after a few seconds).</summary>
    public static readonly TimeSpan TypingPeriod = TimeSpan.FromSeconds(2);

    public EcomBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        IOptions<BotOptions> options,
        ILogger<EcomBotAdapter> logger,
        TimeProvider? clock = null)
        : base(authentication, logger)
    {
        Use(new TypingIndicatorMiddleware(
            TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds),
            TypingPeriod,
            clock ?? TimeProvider.System,
            logger));

        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity.ChannelId, turnContext.Activity.Type);
            try
            {
                await turnContext.SendActivityAsync(
                    "Sorry, something went wrong on my side and I couldn't finish that. "
                    + "Let's start again: what can I help you with?");
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception cleanupFailure)
            {
                LogCleanupFailed(logger, cleanupFailure);
            }
        };
    }

    [LoggerMessage(LogLevel.Error, "Turn failed on channel {ChannelId} ({ActivityType})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string channelId, string activityType);

    [LoggerMessage(LogLevel.Error, "Could not apologise or clear state after a failed turn")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
