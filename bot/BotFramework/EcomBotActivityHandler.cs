using System.Text.Json;
using EcomBot.Bot.Channels;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// The bot at the channel edge: turns activities into <see cref="CustomerMessage"/>s for the router, renders its
/// replies for the channel, and saves conversation and user state once per turn. While a store is unavailable the
/// turn still gets an answer (see <see cref="StoreOutage"/>) and stored state is left as it was.
/// </summary>
public sealed class EcomBotActivityHandler(
    ConversationState conversationState,
    UserState userState,
    ConversationRouter router,
    ReplyRenderer renderer,
    IOptions<BotOptions> options,
    TurnProfileRecorder? profiles = null,
    StoreOutage? outage = null) : ActivityHandler
{
    private readonly StoreOutage _outage = outage ?? new StoreOutage(Microsoft.Extensions.Logging.Abstractions.NullLogger<StoreOutage>.Instance);

    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        if (StoreOutage.KeepsStoredState(turnContext))
        {
            return;
        }
        try
        {
            await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
            await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
        catch (StoreUnavailableException unavailable)
        {
            // The customer has the answer already; an apology now would only confuse.
            _outage.StateNotSaved(unavailable);
        }
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
            var (conversation, remembered) = await ConversationDataAsync(turnContext, cancellationToken);
            var message = new CustomerMessage(
                text, activity.ChannelId, activity.From?.Id ?? "", activity.Conversation?.Id ?? "", activity.Locale,
                ValueAsJson(activity.Value), VouchedUser.Of(turnContext));
            var customerBefore = conversation.CustomerId;
            try
            {
                replies = await router.RouteAsync(message, conversation, cancellationToken);
            }
            catch (StoreUnavailableException unavailable)
            {
                _outage.KeepStoredState(turnContext, unavailable);
                replies = [StoreOutage.MustWait(unavailable)];
            }
            if (!remembered && _outage.FirstTimeWithoutState(turnContext))
            {
                replies = [StoreOutage.CannotRemember, .. replies];
            }
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
        var (conversation, _) = await ConversationDataAsync(turnContext, cancellationToken);
        if (conversation.Welcomed)
        {
            return;
        }
        foreach (var reply in router.Welcome(conversation))
        {
            await turnContext.SendActivityAsync(renderer.Render(reply, turnContext.Activity.ChannelId), cancellationToken);
        }
    }

    /// <summary>The conversation's state, or a fresh one (not remembered, and not to be saved) while it cannot be read.</summary>
    private async Task<(ConversationData Data, bool Remembered)> ConversationDataAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
            _outage.StateReadable();
            return (data, true);
        }
        catch (StoreUnavailableException unavailable)
        {
            _outage.KeepStoredState(turnContext, unavailable);
            return (new ConversationData(), false);
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
