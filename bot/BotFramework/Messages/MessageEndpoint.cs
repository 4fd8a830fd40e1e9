using EcomBot.Bot.BotFramework.ServiceUrls;
using EcomBot.Bot.Channels.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace EcomBot.Bot.BotFramework.Messages;

/// <summary>
/// <c>POST /api/messages</c>: what a request must pass before the CloudAdapter authenticates it and runs the turn.
/// The body is size-checked before it is read (<c>Bot:MaxRequestBytes</c>, 413), an Authorization header that is not
/// a Bearer JWT is refused without parsing it further (401), and the activity must carry what a turn needs (400): a
/// conversation, a sender and a well-formed serviceUrl the bot may reply to (<see cref="ServiceUrlPolicy"/>, 403 when
/// not allowed). Without an app id nothing vouches for the channel, so an activity claiming the self-hosted web chat's
/// channel (<c>directline</c>) is refused (403): web chat conversations are reached only through <c>/v3/directline</c>.
/// Every refusal is one log line, never a stack trace.
/// </summary>
public sealed partial class MessageEndpoint(
    EcomBotAdapter adapter,
    ServiceUrlPolicy serviceUrls,
    IOptions<BotOptions> options,
    IConfiguration configuration,
    ILogger<MessageEndpoint> logger)
{
    private bool IsOpen => string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    public async Task HandleAsync(HttpContext context, IBot bot)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0 && !IsBearerJwt(authorization))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "The Authorization header is not 'Bearer <JWT>'.");
            return;
        }
        var read = await ActivityBody.ReadAsync(request, options.Value.MaxRequestBytes, HttpHelper.BotMessageSerializer);
        if (read.Activity is not { } activity)
        {
            await RefuseAsync(context, read.Status, read.Problem);
            return;
        }
        if (Check(activity) is { } refusal)
        {
            await RefuseAsync(context, refusal.Status, refusal.Problem);
            return;
        }
        InvokeResponse? response;
        try
        {
            // Without an app id nothing checks tokens; a token sent anyway is not validated (which would fetch keys).
            response = await adapter.ProcessCheckedActivityAsync(IsOpen ? "" : authorization, activity, bot, context.RequestAborted);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or SecurityTokenException)
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "The channel token is not valid for this bot.");
            return;
        }
        await HttpHelper.WriteResponseAsync(context.Response, response);
    }

    private ActivityRead? Check(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)
            || string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return ActivityRead.Refused(StatusCodes.Status400BadRequest, "An activity needs a channelId, conversation.id and from.id.");
        }
        if (IsOpen && string.Equals(activity.ChannelId.Trim(), DirectLineBotDelivery.ChannelId, StringComparison.OrdinalIgnoreCase))
        {
            return ActivityRead.Refused(StatusCodes.Status403Forbidden,
                "Web chat conversations are reached through /v3/directline, not /api/messages.");
        }
        return serviceUrls.CheckInbound(activity.ServiceUrl, activity.DeliveryMode == DeliveryModes.ExpectReplies) switch
        {
            ServiceUrlVerdict.Invalid => ActivityRead.Refused(StatusCodes.Status400BadRequest,
                "The activity needs a serviceUrl: an absolute http(s) URL without user information."),
            ServiceUrlVerdict.NotAllowed => ActivityRead.Refused(StatusCodes.Status403Forbidden,
                "The activity's serviceUrl is not one this bot replies to (Bot:AllowedServiceUrls)."),
            _ => null,
        };
    }

    private static bool IsBearerJwt(string authorization)
    {
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        try
        {
            _ = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(authorization[Scheme.Length..].Trim());
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return false;
        }
    }

    private Task RefuseAsync(HttpContext context, int status, string problem)
    {
        LogRefused(status, problem);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code = status, message = problem } });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "POST /api/messages refused with {Status}: {Problem}")]
    private partial void LogRefused(int status, string problem);
}
