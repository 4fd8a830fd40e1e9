using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.BotFramework;

/// <summary>Settings of the message endpoint (section <c>Bot</c>). The Bot Framework's own keys
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>) stay at the root.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Messages longer than this are declined politely instead of processed.</summary>
    [Range(16, 100_000)]
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>Allows an empty <c>MicrosoftAppId</c> (no token checks) outside Development. Off by default:
    /// an open production endpoint lets anyone impersonate a channel.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>A turn slower than this shows a typing indicator.</summary>
    [Range(0, 10_000)]
    public int TypingDelayMilliseconds { get; set; } = 500;

    /// <summary>A <c>POST /api/messages</c> body larger than this is refused (413) before it is read or authenticated.</summary>
    [Range(1024, 16 * 1024 * 1024, ErrorMessage = "Bot:MaxRequestBytes must be between 1024 and 16777216.")]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Where the bot may send replies (an activity's <c>serviceUrl</c>): <c>scheme://host[:port][/path]</c>,
    /// the host may start with <c>*.</c> for any subdomain. Empty means <see cref="ServiceUrls.ServiceUrlPolicy.DefaultAllowed"/>
    /// (the Bot Framework's channel hosts); setting it replaces those. This server's own Direct Line connector is always
    /// allowed, and in Development so is loopback (the Bot Framework Emulator).</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];
}
