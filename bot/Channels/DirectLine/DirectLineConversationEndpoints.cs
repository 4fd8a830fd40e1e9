using EcomBot.Bot.Channels.DirectLine.Limits;
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

    /// <summary>Starts the token's conversation (or, with the secret, a new one) and lets the bot greet the customer.
    /// Each client address may start <c>DirectLine:MaxConversationsPerMinute</c> with tokens.</summary>
    private static async Task<IResult> StartAsync(
        HttpContext context, DirectLineCallerReader callers, DirectLineTokens tokens, DirectLineStreamUrls streamUrls,
        IDirectLineConversationStore store, IDirectLineQuotas quotas, DirectLineBotDelivery delivery,
        IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var request = context.Request;
        var caller = await callers.ReadAsync(request);
        if (caller is null || caller.IsAnonymous)
        {
            return caller is null ? DirectLineResults.InvalidCredential : DirectLineResults.MissingCredential;
        }
        // The secret's holder (the shop's own back end) may start conversations for many customers from one address.
        if (!caller.HoldsSecret
            && !await quotas.TryTakeAsync(QuotaBuckets.ConversationsFrom(ClientAddress.Of(context)), options.Value.MaxConversationsPerMinute, context.RequestAborted))
        {
            return DirectLineResults.TooMany("DirectLine:MaxConversationsPerMinute", time);
        }
        var grant = caller.Grant ?? new ConversationGrant(
            DirectLineTokenEndpoints.NewId(),
            await DirectLineTokenEndpoints.RequestedUserIdAsync(request) ?? DirectLineTokenEndpoints.NewUserId());
        var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId);
        switch (await store.TryStartAsync(conversation, context.RequestAborted))
        {
            case ConversationStart.Full:
                return DirectLineResults.Full;
            case ConversationStart.AlreadyStarted:
                return ActivityJson.Ok(ConversationResponse(request, grant, tokens, streamUrls, watermark: 0));
        }
        var membersAdded = delivery.MembersAdded(conversation);
        delivery.Address(membersAdded, conversation);
        await delivery.DeliverAsync(membersAdded, context.RequestAborted);
        return ActivityJson.Ok(ConversationResponse(request, grant, tokens, streamUrls, watermark: 0), StatusCodes.Status201Created);
    }

    /// <summary>Gives a reconnecting client a fresh stream URL (and, for a token holder, a fresh token).</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineCallerReader callers,
        DirectLineTokens tokens, DirectLineStreamUrls streamUrls, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var (access, refusal) = await AuthorizeAsync(conversationId, request, callers, store, cancellationToken);
        if (access is null)
        {
            return refusal!;
        }
        var conversation = access.Conversation;
        // A token holder's new token keeps the age of the old one; only the secret's holder starts the count again.
        var grant = new ConversationGrant(conversation.Id, conversation.UserId) { FirstIssued = access.Caller.Grant?.FirstIssued };
        return ActivityJson.Ok(ConversationResponse(request, grant, tokens, streamUrls, ParseWatermark(watermark)));
    }

    /// <summary>Takes a customer's activity into the log and runs the bot's turn for it; each conversation may post
    /// <c>DirectLine:MaxPostsPerMinute</c>.</summary>
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineCallerReader callers, IDirectLineConversationStore store,
        IDirectLineQuotas quotas, DirectLineBotDelivery delivery, IOptions<DirectLineOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (access, refusal) = await AuthorizeAsync(conversationId, request, callers, store, cancellationToken);
        if (access is null)
        {
            return refusal!;
        }
        var (caller, conversation) = access;
        if (!await quotas.TryTakeAsync(QuotaBuckets.Posts(conversation.Id), options.Value.MaxPostsPerMinute, cancellationToken))
        {
            return DirectLineResults.TooMany("DirectLine:MaxPostsPerMinute", time);
        }
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
        // A token speaks for the user bound into it, whatever the body claims; the secret's holder may name one. The
        // client's display name is not kept: nothing vouches for it, and it would show in transcripts as sent.
        var userId = caller.Grant?.UserId ?? (string.IsNullOrWhiteSpace(activity.From?.Id) ? conversation.UserId : activity.From.Id);
        activity.From = new ChannelAccount(userId, name: null, RoleTypes.User);
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

    /// <summary>A fresh conversation token, and a stream URL whose stream ends when that token expires.</summary>
    private static object ConversationResponse(
        HttpRequest request, ConversationGrant grant, DirectLineTokens tokens, DirectLineStreamUrls streamUrls, long watermark)
    {
        var issued = tokens.IssueConversationToken(grant);
        return new
        {
            conversationId = grant.ConversationId,
            token = issued.Token,
            expires_in = issued.ExpiresIn,
            streamUrl = streamUrls.For(request, grant.ConversationId, watermark, issued.Expires),
        };
    }

    /// <summary>Direct Line clients send an empty or missing watermark at first; anything unreadable means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}
