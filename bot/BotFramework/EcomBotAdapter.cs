using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// The CloudAdapter every channel's turn goes through. A turn that throws is handled by <see cref="FailedTurnRecovery"/>:
/// logged, apologised for, and the flow in progress ended while the customer's identity and cart stay.
/// </summary>
public sealed class EcomBotAdapter : CloudAdapter
{
    /// <summary>How often the typing indicator is repeated on a long turn (channels let one fade after a few seconds).</summary>
    public static readonly TimeSpan TypingPeriod = TimeSpan.FromSeconds(2);

    public EcomBotAdapter(
        BotFrameworkAuthentication authentication,
        FailedTurnRecovery recovery,
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
        OnTurnError = recovery.HandleAsync;
    }

    /// <summary>Authenticates and runs the turn of an activity <see cref="Messages.MessageEndpoint"/> has read and
    /// checked (what <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/> does
    /// after reading the body itself).</summary>
    public Task<InvokeResponse> ProcessCheckedActivityAsync(
        string authorization, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authorization, activity, bot.OnTurnAsync, cancellationToken);
}
