using EcomBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework.ServiceUrls;

/// <summary>What an activity's serviceUrl says about whether its turn may run.</summary>
public enum ServiceUrlVerdict
{
    Allowed,

    /// <summary>Missing, not an absolute http(s) URL, or with user information: a bad request.</summary>
    Invalid,

    /// <summary>Well-formed, but not a place the bot sends replies to.</summary>
    NotAllowed,
}

/// <summary>
/// Where the bot may send replies. Without this check, anyone who can post to <c>/api/messages</c> without a channel
/// token (Development, or <c>Bot:AllowUnauthenticated</c>) chooses where the bot's next HTTP request goes: an SSRF.
/// A serviceUrl is allowed when it matches <c>Bot:AllowedServiceUrls</c> (default: the Bot Framework's channel
/// hosts) or, in Development, is on loopback (the Bot Framework Emulator). URLs are compared normalised
/// (<see cref="ServiceUrl"/>). An inbound activity may never name this server's Direct Line routes, on any host:
/// only the self-hosted Direct Line's own delivery puts its connector there.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>The Bot Framework's channel service hosts: Azure Bot Service channels (Direct Line, Web Chat,
    /// Slack, ...) on <c>*.botframework.com</c>, and Microsoft Teams on <c>smba.trafficmanager.net</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowed = ["https://*.botframework.com/", "https://smba.trafficmanager.net/"];

    private static readonly string SelfHostedChannelPath = DirectLineServiceExtensions.RoutePrefix.ToLowerInvariant() + "/";

    private readonly IReadOnlyList<ServiceUrlPattern> _allowed;
    private readonly bool _loopbackAllowed;

    public ServiceUrlPolicy(IOptions<BotOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.AllowedServiceUrls.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        _allowed = [.. (configured.Count > 0 ? configured : DefaultAllowed).Select(p => ServiceUrlPattern.TryParse(p)!)];
        _loopbackAllowed = environment.IsDevelopment();
        ExpectRepliesNeedNoCheck = environment.IsDevelopment();
    }

    /// <summary>In Development an <c>expectReplies</c> turn runs with any well-formed serviceUrl: its replies travel
    /// back in the HTTP response and nothing is sent to the serviceUrl (scripted customers and load tests post such turns).</summary>
    public bool ExpectRepliesNeedNoCheck { get; }

    /// <summary>The verdict on the serviceUrl of an activity posted to <c>/api/messages</c>.</summary>
    public ServiceUrlVerdict CheckInbound(string? serviceUrl, bool expectReplies)
    {
        if (ServiceUrl.TryParse(serviceUrl) is not { } url)
        {
            return ServiceUrlVerdict.Invalid;
        }
        if (url.IsUnder(SelfHostedChannelPath))
        {
            return ServiceUrlVerdict.NotAllowed;
        }
        return (expectReplies && ExpectRepliesNeedNoCheck) || IsAllowed(url) ? ServiceUrlVerdict.Allowed : ServiceUrlVerdict.NotAllowed;
    }

    /// <summary>Whether the bot may send a request to <paramref name="requestUri"/> (its own Direct Line connector is
    /// decided by the caller, which knows that address).</summary>
    public bool MaySendTo(Uri requestUri) =>
        ServiceUrl.TryParse(requestUri.OriginalString) is { } url && !url.IsUnder(SelfHostedChannelPath) && IsAllowed(url);

    private bool IsAllowed(ServiceUrl url) =>
        (_loopbackAllowed && url.IsLoopback) || _allowed.Any(pattern => pattern.Matches(url));
}
