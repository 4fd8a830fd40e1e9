using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>A conversation token's grant: which conversation it opens and which user it speaks for.</summary>
public sealed record ConversationGrant(string ConversationId, string UserId);

/// <summary>A token handed to a client, with its lifetime in seconds as Direct Line reports it.</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);

/// <summary>
/// Issues and checks the HMAC-signed JWTs of the self-hosted Direct Line. Three audiences keep the kinds apart:
/// conversation tokens (held by Web Chat, bound to one conversation and one user; Web Chat reads the <c>user</c>
/// claim to know who it is), stream tokens (short-lived, in the WebSocket URL, which cannot carry a header) and
/// connector tokens (the bot's own calls back into the connector endpoints).
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "ecombot-directline";
    private const string ConversationAudience = "ecombot-directline-conversation";
    private const string StreamAudience = "ecombot-directline-stream";
    private const string ConnectorAudience = "ecombot-directline-connector";
    private static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ConnectorTokenLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, DirectLineSigningKey key, TimeProvider time)
    {
        _key = new SymmetricSecurityKey(key.TokenKey);
        _lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
        _time = time;
    }

    public IssuedToken IssueConversationToken(ConversationGrant grant) =>
        new(Create(ConversationAudience, _lifetime, new Dictionary<string, object>
        {
            ["conv"] = grant.ConversationId,
            ["user"] = grant.UserId,
        }), (int)_lifetime.TotalSeconds);

    public string IssueStreamToken(string conversationId) =>
        Create(StreamAudience, StreamTokenLifetime, new Dictionary<string, object> { ["conv"] = conversationId });

    public string IssueConnectorToken() =>
        Create(ConnectorAudience, ConnectorTokenLifetime, new Dictionary<string, object>());

    /// <summary>The grant of a valid, unexpired conversation token, otherwise null.</summary>
    public async Task<ConversationGrant?> ValidateConversationTokenAsync(string token)
    {
        var claims = await ValidateAsync(token, ConversationAudience);
        return claims is not null
            && claims.TryGetValue("conv", out var conversation) && conversation is string conversationId
            && claims.TryGetValue("user", out var user) && user is string userId
            ? new ConversationGrant(conversationId, userId)
            : null;
    }

    /// <summary>The conversation a valid stream token opens, otherwise null.</summary>
    public async Task<string?> ValidateStreamTokenAsync(string token)
    {
        var claims = await ValidateAsync(token, StreamAudience);
        return claims is not null && claims.TryGetValue("conv", out var conversation) ? conversation as string : null;
    }

    public async Task<bool> ValidateConnectorTokenAsync(string token) =>
        await ValidateAsync(token, ConnectorAudience) is not null;

    private string Create(string audience, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<IDictionary<string, object>?> ValidateAsync(string token, string audience)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = audience,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            // Lifetime is checked against the injected clock, so expiry is testable without waiting.
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires),
        });
        return result.IsValid ? result.Claims : null;
    }

    private bool IsCurrent(DateTime? notBefore, DateTime? expires)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } end && now < end + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
    }
}
