using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Start, reconnect, post and poll: the conversation half of Direct Line 3.0.</summary>
public static class DirectLineConversationEndpoints
{
    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
    };

    public static void MapDirectLineConversations(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
    }

    /// <summary>Starts the token's conversation (or, with the secret, a new one) and lets the bot greet the customer.</summary>
    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineCallerReader callers, DirectLineTokens tokens,
        IDirectLineConversationStore store, DirectLineBotDelivery delivery, CancellationToken cancellationToken)
    {
        var caller = await callers.ReadAsync(request);
        if (caller is null || caller.IsAnonymous)
        {
            return caller is null ? DirectLineResults.InvalidCredential : DirectLineResults.MissingCredential;
        }
        var grant = caller.Grant ?? new ConversationGrant(
            DirectLineTokenEndpoints.NewId(),
            await DirectLineTokenEndpoints.RequestedUserIdAsync(request) ?? DirectLineTokenEndpoints.NewUserId());
        var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId);
        if (!await store.TryStartAsync(conversation, cancellationToken))
        {
            return ActivityJson.Ok(ConversationResponse(request, grant, tokens, watermark: 0));
        }
        var membersAdded = delivery.MembersAdded(conversation);
        delivery.Address(membersAdded, conversation);
        await delivery.DeliverAsync(membersAdded, cancellationToken);
        return ActivityJson.Ok(ConversationResponse(request, grant, tokens, watermark: 0), StatusCodes.Status201Created);
    }

    /// <summary>Gives a reconnecting client a fresh stream URL (and, for a token holder, a fresh token).</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineCallerReader callers,
        DirectLineTokens tokens, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var (access, refusal) = await AuthorizeAsync(conversationId, request, callers, store, cancellationToken);
        if (access is null)
        {
            return refusal!;
        }
        var conversation = access.Conversation;
        var grant = new ConversationGrant(conversation.Id, conversation.UserId);
        return ActivityJson.Ok(ConversationResponse(request, grant, tokens, ParseWatermark(watermark)));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineCallerReader callers, IDirectLineConversationStore store,
        DirectLineBotDelivery delivery, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (access, refusal) = await AuthorizeAsync(conversationId, request, callers, store, cancellationToken);
        if (access is null)
        {
            return refusal!;
        }
        var (caller, conversation) = access;
        var (activity, problem) = await ActivityJson.ReadActivityAsync(request, options.Value.MaxActivityBytes);
        if (activity is null)
        {
            return problem!;
        }
        if (!AcceptedTypes.Contains(activity.Type))
        {
            return ActivityJson.Problem(StatusCodes.Status400BadRequest,
                $"Activity type '{activity.Type}' is not accepted; send one of: {string.Join(", ", AcceptedTypes)}.");
        }
        // A token speaks for the user bound into it, whatever the body claims; the secret's holder may name one.
        var userId = caller.Grant?.UserId ?? (string.IsNullOrWhiteSpace(activity.From?.Id) ? conversation.UserId : activity.From.Id);
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        activity.Id = null;
        activity.Timestamp = null;
        delivery.Address(activity, conversation);
        var id = await store.AppendAsync(conversation.Id, activity, cancellationToken);
        if (id is null)
        {
            return DirectLineResults.UnknownConversation;
        }
        await delivery.DeliverAsync(activity, cancellationToken);
        return ActivityJson.Ok(new { id });
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineCallerReader callers,
        IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var (access, refusal) = await AuthorizeAsync(conversationId, request, callers, store, cancellationToken);
        if (access is null)
        {
            return refusal!;
        }
        var set = await store.ReadAsync(access.Conversation.Id, ParseWatermark(watermark), cancellationToken);
        return set is null
            ? DirectLineResults.UnknownConversation
            : ActivityJson.Ok(new { activities = set.Activities, watermark = set.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>The conversation if the caller may use it; otherwise the refusal: 401/403 for credentials, 404 unknown.</summary>
    private static async Task<(ConversationAccess? Access, IResult? Refusal)> AuthorizeAsync(
        string conversationId, HttpRequest request, DirectLineCallerReader callers,
        IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var caller = await callers.ReadAsync(request);
        if (caller is null || caller.IsAnonymous)
        {
            return (null, caller is null ? DirectLineResults.InvalidCredential : DirectLineResults.MissingCredential);
        }
        if (!caller.MayUse(conversationId))
        {
            return (null, DirectLineResults.OtherConversation);
        }
        var conversation = await store.FindAsync(conversationId, cancellationToken);
        return conversation is null
            ? (null, DirectLineResults.UnknownConversation)
            : (new ConversationAccess(caller, conversation), null);
    }

    private sealed record ConversationAccess(DirectLineCaller Caller, DirectLineConversation Conversation);

    private static object ConversationResponse(HttpRequest request, ConversationGrant grant, DirectLineTokens tokens, long watermark)
    {
        var issued = tokens.IssueConversationToken(grant);
        return new
        {
            conversationId = grant.ConversationId,
            token = issued.Token,
            expires_in = issued.ExpiresIn,
            streamUrl = DirectLineStreamEndpoint.StreamUrl(request, grant.ConversationId, watermark, tokens),
        };
    }

    /// <summary>Direct Line clients send an empty or missing watermark at first; anything unreadable means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}
