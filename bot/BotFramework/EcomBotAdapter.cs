using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// The CloudAdapter every channel's turn goes through. A turn that throws is logged, the customer gets an apology,
/// and the conversation's state is cleared so a broken conversation cannot fail the same way again.
/// </summary>
public sealed class EcomBotAdapter : CloudAdapter
{
    public EcomBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        IOptions<BotOptions> options,
        ILogger<EcomBotAdapter> logger)
        : base(authentication, logger)
    {
        var typingDelay = options.Value.TypingDelayMilliseconds;
        Use(new ShowTypingMiddleware(delay: typingDelay, period: 2000));

        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Turn failed on channel {ChannelId} ({ActivityType})",
                turnContext.Activity.ChannelId, turnContext.Activity.Type);
            try
            {
                await turnContext.SendActivityAsync(
                    "Sorry, something went wrong on my side and I couldn't finish that. "
                    + "Let's start again: what can I help you with?");
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception cleanupFailure)
            {
                logger.LogError(cleanupFailure, "Could not apologise or clear state after a failed turn");
            }
        };
    }
}
