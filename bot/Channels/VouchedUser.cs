using System.Security.Claims;
using Microsoft.Bot.Builder;

namespace EcomBot.Bot.Channels;

/// <summary>
/// How a channel that vouches for its user tells the bot so: a claim in the identity the turn runs under (the adapter
/// keeps it in the turn state under <see cref="BotAdapter.BotIdentityKey"/>). Only the in-process channels add it, so a
/// turn arriving over <c>/api/messages</c>, whose identity comes from a Bot Framework token, never carries it.
/// </summary>
public static class VouchedUser
{
    public const string ClaimType = "https://ecombot.example/claims/vouched-user";

    public static Claim For(string userId) => new(ClaimType, userId);

    /// <summary>The user id the channel vouches for in this turn, when it is the turn's sender.</summary>
    public static string? Of(ITurnContext turnContext) =>
        turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey)?.FindFirst(ClaimType)?.Value is { Length: > 0 } userId
        && string.Equals(userId, turnContext.Activity.From?.Id, StringComparison.Ordinal)
            ? userId
            : null;
}
