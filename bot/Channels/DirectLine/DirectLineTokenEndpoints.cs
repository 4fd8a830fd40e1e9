using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> and <c>POST tokens/refresh</c> of Direct Line 3.0.</summary>
public static class DirectLineTokenEndpoints
{
    private const int MaxUserIdLength = 64;

    public static void MapDirectLineTokens(this RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
    }

    /// <summary>A token for a new conversation. The secret's holder may name the user (<c>{"user":{"id":...}}</c>), and
    /// so vouches for them (<see cref="DirectLineUsers"/>); anyone else gets a fresh random <c>dl_</c> id, so an anonymous
    /// caller cannot speak as someone else.</summary>
    private static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineCallerReader callers, DirectLineTokens tokens,
        IOptions<DirectLineOptions> options, IHostEnvironment environment)
    {
        var caller = await callers.ReadAsync(request);
        if (caller is null)
        {
            return DirectLineResults.InvalidCredential;
        }
        if (caller.Grant is { } grant)
        {
            return ActivityJson.Ok(TokenResponse(grant, tokens));
        }
        if (caller.IsAnonymous && !(options.Value.AllowAnonymousTokens ?? environment.IsDevelopment()))
        {
            return ActivityJson.Problem(StatusCodes.Status401Unauthorized,
                "tokens/generate needs 'Authorization: Bearer <DirectLine:Secret>'. Tokens without the secret are "
                + "issued only in Development or when DirectLine:AllowAnonymousTokens is true.");
        }
        var requestedUser = caller.HoldsSecret ? await RequestedUserIdAsync(request) : null;
        if (requestedUser is { Length: 0 or > MaxUserIdLength })
        {
            return ActivityJson.Problem(StatusCodes.Status400BadRequest, $"user.id must be 1 to {MaxUserIdLength} characters.");
        }
        return ActivityJson.Ok(TokenResponse(new ConversationGrant(NewId(), requestedUser ?? NewUserId()), tokens));
    }

    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineCallerReader callers, DirectLineTokens tokens)
    {
        var caller = await callers.ReadAsync(request);
        return caller?.Grant is { } grant
            ? ActivityJson.Ok(TokenResponse(grant, tokens))
            : caller is null
                ? DirectLineResults.InvalidCredential
                : ActivityJson.Problem(StatusCodes.Status401Unauthorized, "tokens/refresh needs a Direct Line token.");
    }

    private static object TokenResponse(ConversationGrant grant, DirectLineTokens tokens)
    {
        var issued = tokens.IssueConversationToken(grant);
        return new { conversationId = grant.ConversationId, token = issued.Token, expires_in = issued.ExpiresIn };
    }

    public static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public static string NewUserId() => DirectLineUsers.AnonymousPrefix + Base64Url(RandomNumberGenerator.GetBytes(12));

    /// <summary>The <c>user.id</c> of an optional JSON body, or null when there is none.</summary>
    public static async Task<string?> RequestedUserIdAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0)
        {
            return null;
        }
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && TryGetIgnoringCase(body.RootElement, "user", out var user) && user.ValueKind == JsonValueKind.Object
                && TryGetIgnoringCase(user, "id", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()!.Trim()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
