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

    /// <summary>How long refreshing can keep a conversation's tokens alive, counted from the first token; after that
    /// the client starts a new conversation.</summary>
    [Range(1, 720, ErrorMessage = "DirectLine:TokenMaxAgeHours must be between 1 and 720.")]
    public int TokenMaxAgeHours { get; set; } = 24;

    /// <summary>The address clients reach this server at (e.g. <c>https://shop.example/</c>, behind a proxy), from which
    /// stream URLs are built. Unset: the server's own listening address the request came in on; never the Host header.</summary>
    [Url(ErrorMessage = "DirectLine:PublicUrl must be an absolute http(s) URL.")]
    public string? PublicUrl { get; set; }

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

    /// <summary>Older activities fall out of a conversation's log once their JSON passes this many bytes (the newest always stays).</summary>
    [Range(16 * 1024, 1024 * 1024 * 1024, ErrorMessage = "DirectLine:MaxConversationBytes must be between 16384 and 1073741824.")]
    public int MaxConversationBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Activities one conversation may post per minute (whoever holds its tokens).</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:MaxPostsPerMinute must be between 1 and 100000.")]
    public int MaxPostsPerMinute { get; set; } = 60;

    /// <summary>Conversations one client address may start per minute (IPv6 clients count per /64 network).</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:MaxConversationsPerMinute must be between 1 and 100000.")]
    public int MaxConversationsPerMinute { get; set; } = 20;

    /// <summary>Conversations open (not yet expired or erased) at once; a new one beyond is refused until some expire.</summary>
    [Range(1, 10_000_000, ErrorMessage = "DirectLine:MaxOpenConversations must be between 1 and 10000000.")]
    public int MaxOpenConversations { get; set; } = 10_000;

    /// <summary>WebSocket streams open at once on one conversation, whichever of its stream tokens opened them.</summary>
    [Range(1, 100, ErrorMessage = "DirectLine:MaxStreamsPerToken must be between 1 and 100.")]
    public int MaxStreamsPerToken { get; set; } = 2;

    /// <summary>A conversation idle for longer than this is forgotten (in Redis: its keys expire).</summary>
    [Range(1, 10_080, ErrorMessage = "DirectLine:ConversationRetentionMinutes must be between 1 and 10080.")]
    public int ConversationRetentionMinutes { get; set; } = 24 * 60;
}
