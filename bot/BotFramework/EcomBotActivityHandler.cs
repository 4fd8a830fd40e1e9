using System.Text.Json;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// The bot at the channel edge: turns activities into <see cref="CustomerMessage"/>s for the router, renders its
/// replies for the channel, and saves conversation and user state once per turn.
/// </summary>
public sealed class EcomBotActivityHandler(
    ConversationState conversationState,
    UserState userState,
    ConversationRouter router,
    ReplyRenderer renderer,
    IOptions<BotOptions> options,
    TurnProfileRecorder? profiles = null) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = (activity.Text ?? TextFromValue(activity.Value) ?? "").Trim();
        var limit = options.Value.MaxMessageLength;
        IReadOnlyList<BotReply> replies;
        if (text.Length > limit)
        {
            replies = [StandardReplies.TooLong(text.Length, limit)];
        }
        else if (text.Length == 0)
        {
            replies = [StandardReplies.Empty];
        }
        else
        {
            var conversation = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
            var message = new CustomerMessage(
                text, activity.ChannelId, activity.From?.Id ?? "", activity.Conversation?.Id ?? "", activity.Locale,
                ValueAsJson(activity.Value));
            var customerBefore = conversation.CustomerId;
            replies = await router.RouteAsync(message, conversation, cancellationToken);
            profiles?.Record(message, customerBefore, conversation.CustomerId, replies.Count);
        }

        foreach (var reply in replies)
        {
            await turnContext.SendActivityAsync(renderer.Render(reply, activity.ChannelId), cancellationToken);
        }
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            return;
        }
        var conversation = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        if (conversation.Welcomed)
        {
            return;
        }
        foreach (var reply in router.Welcome(conversation))
        {
            await turnContext.SendActivityAsync(renderer.Render(reply, turnContext.Activity.ChannelId), cancellationToken);
        }
    }

    private static string? TextFromValue(object? value) =>
        ValueAsJson(value) is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;

    /// <summary>Card submits arrive as Newtonsoft objects; the core sees System.Text.Json. A value nested deeper than
    /// System.Text.Json reads (64) is no card submit: the turn goes on without it instead of failing.</summary>
    private static JsonElement? ValueAsJson(object? value)
    {
        if (value is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(Newtonsoft.Json.JsonConvert.SerializeObject(value));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
