using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The bot-facing side of the self-hosted Direct Line: the Bot Framework connector operations the adapter calls on
/// the serviceUrl of our conversations (send to conversation, reply to activity). Each reply lands in the
/// conversation's log, where polling and the stream pick it up. Only this bot may call them: every call carries a
/// connector token signed with our key (see <see cref="SelfHostedConnectorCredentialsFactory"/>).
/// </summary>
public static class DirectLineConnectorEndpoints
{
    public static void MapDirectLineConnector(this IEndpointRouteBuilder endpoints)
    {
        var connector = endpoints.MapGroup(DirectLineConnectorUrl.ConnectorPath.TrimEnd('/') + "/v3/conversations/{conversationId}");
        connector.MapPost("/activities", ReceiveBotActivityAsync);
        connector.MapPost("/activities/{replyToId}", ReceiveBotActivityAsync);
    }

    private static async Task<IResult> ReceiveBotActivityAsync(
        string conversationId, string? replyToId, HttpRequest request, DirectLineTokens tokens,
        IDirectLineConversationStore store, DirectLineBotDelivery delivery, DirectLineConversationIds conversationIds,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !await tokens.ValidateConnectorTokenAsync(header["Bearer ".Length..].Trim()))
        {
            return ActivityJson.Problem(StatusCodes.Status401Unauthorized, "Connector calls need this bot's connector token.");
        }
        // The bot addresses a conversation by its bot-side id; a public id alone reaches nothing.
        var conversation = conversationIds.PublicIdOf(conversationId) is { } publicId
            ? await store.FindAsync(publicId, cancellationToken)
            : null;
        if (conversation is null)
        {
            return DirectLineResults.UnknownConversation;
        }
        var (activity, problem) = await ActivityJson.ReadActivityAsync(request, options.Value.MaxActivityBytes);
        if (activity is null)
        {
            return problem!;
        }
        activity.Id = null;
        activity.Timestamp = null;
        activity.ReplyToId ??= replyToId;
        activity.From ??= delivery.Bot;
        activity.From.Role ??= RoleTypes.Bot;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = DirectLineBotDelivery.ChannelId;
        activity.ServiceUrl = null;
        var id = await store.AppendAsync(conversation.Id, activity, cancellationToken);
        return id is null ? DirectLineResults.UnknownConversation : ActivityJson.Ok(new ResourceResponse(id));
    }
}
