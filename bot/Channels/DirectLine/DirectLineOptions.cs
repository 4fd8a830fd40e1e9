using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Settings of the self-hosted Direct Line 3.0 endpoint (section <c>DirectLine</c>) that the web widget talks to.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The Direct Line secret: lets a trusted caller (a shop's back end, curl) mint tokens and choose the
    /// user id. Keep it in environment variables or user secrets, never in a committed file.</summary>
    [MinLength(16, ErrorMessage = "DirectLine:Secret must be at least 16 characters.")]
    public string? Secret { get; set; }

    /// <summary>Base64 of at least 32 random bytes, the HMAC key that signs tokens. Replicas must share it.
    /// Required outside Development; in Development a key is generated per process when absent.</summary>
    public string? TokenSigningKey { get; set; }

    [Range(1, 1440, ErrorMessage = "DirectLine:TokenLifetimeMinutes must be between 1 and 1440.")]
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Whether <c>tokens/generate</c> answers callers without the secret (each gets a fresh random user id,
    /// so nobody can pose as another customer). Unset means: only in Development. A public store widget for guests
    /// turns it on in production.</summary>
    public bool? AllowAnonymousTokens { get; set; }

    /// <summary>The address the bot calls back to deliver its replies, ending in <c>/v3/directline/connector/</c>.
    /// Unset means this server's own first listening address on loopback.</summary>
    [Url(ErrorMessage = "DirectLine:ConnectorUrl must be an absolute http(s) URL.")]
    public string? ConnectorUrl { get; set; }

    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "DirectLine:MaxActivityBytes must be between 1024 and 4194304.")]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Older activities fall out of a conversation's log beyond this many; watermarks keep counting.</summary>
    [Range(10, 100_000, ErrorMessage = "DirectLine:MaxActivitiesPerConversation must be between 10 and 100000.")]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>A conversation idle for longer than this is forgotten (in Redis: its keys expire).</summary>
    [Range(1, 10_080, ErrorMessage = "DirectLine:ConversationRetentionMinutes must be between 1 and 10080.")]
    public int ConversationRetentionMinutes { get; set; } = 24 * 60;
}
