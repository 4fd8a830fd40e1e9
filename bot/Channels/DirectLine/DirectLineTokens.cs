using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>A conversation token's grant: which conversation it opens and which user it speaks for.</summary>
public sealed record ConversationGrant(string ConversationId, string UserId)
{
    /// <summary>When the first token of this conversation was issued (refreshing keeps it); <c>DirectLine:TokenMaxAgeHours</c>
    /// counts from it. Null for a grant no token carried yet.</summary>
    public DateTimeOffset? FirstIssued { get; init; }
}

/// <summary>A token handed to a client, with its lifetime in seconds as Direct Line reports it.</summary>
public sealed record IssuedToken(string Token, int ExpiresIn, DateTimeOffset Expires);

/// <summary>What a stream token opens: one conversation, until the conversation token it came with expires.</summary>
public sealed record StreamGrant(string ConversationId, DateTimeOffset Until);

/// <summary>
/// Issues and checks the HMAC-signed JWTs of the self-hosted Direct Line. Three audiences keep the kinds apart:
/// conversation tokens (held by Web Chat, bound to one conversation and one user; Web Chat reads the <c>user</c>
/// claim to know who it is), stream tokens (short-lived, in the WebSocket URL, which cannot carry a header) and
/// connector tokens (the bot's own calls back into the connector endpoints). A conversation token lives
/// <c>DirectLine:TokenLifetimeMinutes</c>; refreshing issues another, but never past <c>DirectLine:TokenMaxAgeHours</c>
/// after the conversation's first token.
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
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, DirectLineSigningKey key, TimeProvider time)
    {
        _key = new SymmetricSecurityKey(key.TokenKey);
        _lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
        _maxAge = TimeSpan.FromHours(options.Value.TokenMaxAgeHours);
        _time = time;
    }

    public IssuedToken IssueConversationToken(ConversationGrant grant)
    {
        var now = _time.GetUtcNow();
        var first = grant.FirstIssued ?? now;
        var expires = Min(now + _lifetime, first + _maxAge);
        var token = Create(ConversationAudience, now, expires, new Dictionary<string, object>
        {
            ["conv"] = grant.ConversationId,
            ["user"] = grant.UserId,
            ["first"] = first.ToUnixTimeSeconds(),
        });
        return new IssuedToken(token, (int)Math.Max(0, (expires - now).TotalSeconds), expires);
    }

    public string IssueStreamToken(string conversationId, DateTimeOffset until)
    {
        var now = _time.GetUtcNow();
        return Create(StreamAudience, now, Min(now + StreamTokenLifetime, until), new Dictionary<string, object>
        {
            ["conv"] = conversationId,
            ["until"] = until.ToUnixTimeSeconds(),
        });
    }

    public string IssueConnectorToken()
    {
        var now = _time.GetUtcNow();
        return Create(ConnectorAudience, now, now + ConnectorTokenLifetime, new Dictionary<string, object>());
    }

    /// <summary>The grant of a valid, unexpired conversation token, otherwise null.</summary>
    public async Task<ConversationGrant?> ValidateConversationTokenAsync(string token)
    {
        var claims = await ValidateAsync(token, ConversationAudience);
        if (claims is null
            || !claims.TryGetValue("conv", out var conversation) || conversation is not string conversationId
            || !claims.TryGetValue("user", out var user) || user is not string userId
            || (UnixTime(claims, "first") ?? UnixTime(claims, "iat")) is not { } first
            || first + _maxAge + ClockSkew <= _time.GetUtcNow())
        {
            return null;
        }
        return new ConversationGrant(conversationId, userId) { FirstIssued = first };
    }

    /// <summary>What a valid stream token opens, otherwise null.</summary>
    public async Task<StreamGrant?> ValidateStreamTokenAsync(string token)
    {
        var claims = await ValidateAsync(token, StreamAudience);
        return claims is not null && claims.TryGetValue("conv", out var conversation) && conversation is string conversationId
            && UnixTime(claims, "until") is { } until
                ? new StreamGrant(conversationId, until)
                : null;
    }

    public async Task<bool> ValidateConnectorTokenAsync(string token) =>
        await ValidateAsync(token, ConnectorAudience) is not null;

    private string Create(string audience, DateTimeOffset now, DateTimeOffset expires, Dictionary<string, object> claims) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });

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

    private static DateTimeOffset? UnixTime(IDictionary<string, object> claims, string name) =>
        claims.TryGetValue(name, out var value) && value is IConvertible number
        && long.TryParse(number.ToString(CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
