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
}
