using System.Security.Claims;
using EcomBot.Bot.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Hands a customer's activity from the self-hosted Direct Line to the bot, the way a channel would, so the bot
/// replies through its normal adapter path: the activity's serviceUrl points at our connector endpoints, and
/// the replies arrive there as Bot Framework connector calls.
/// </summary>
/// <remarks>
/// The customer was already authenticated by a Direct Line token, so the activity does not go through
/// <c>POST /api/messages</c> and its JWT check (which only accepts Azure-issued tokens; without an app id that endpoint
/// refuses the <c>directline</c> channel altogether). It enters the adapter in
/// process with a ClaimsIdentity for this bot's app id instead: <see cref="CloudAdapterBase"/>'s public
/// <c>ContinueConversationAsync(ClaimsIdentity, Activity, ...)</c> runs exactly the pipeline an inbound turn runs
/// (middleware, the bot, OnTurnError) with the connector client built from that identity, and unlike the
/// protected <c>ProcessActivityAsync</c> it needs no change to the adapter. A user the secret's holder named is
/// vouched for in that identity (<see cref="VouchedUser"/>).
/// </remarks>
public sealed class DirectLineBotDelivery(
    EcomBotAdapter adapter,
    IServiceProvider services,
    DirectLineConnectorUrl connectorUrl,
    DirectLineConversationIds conversationIds,
    IConfiguration configuration)
{
    public const string ChannelId = "directline";

    public ChannelAccount Bot => new(BotId, "Store assistant", RoleTypes.Bot);

    private string AppId => configuration["MicrosoftAppId"] ?? "";

    private string BotId => AppId.Length > 0 ? AppId : "ecombot";

    /// <summary>Fills in what the channel, not the client, decides: channel, conversation and recipient.</summary>
    public void Address(Activity activity, DirectLineConversation conversation)
    {
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = Bot;
    }

    /// <summary>Runs the bot's turn for an addressed activity; returns when the turn (and its replies) are done.</summary>
    public Task DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Set only now, so the copy in the conversation's log shows clients neither where the bot's replies go nor
        // the bot-side conversation id (which keys the conversation's state).
        activity.ServiceUrl = connectorUrl.Value;
        activity.Conversation = new ConversationAccount(id: conversationIds.ForBot(activity.Conversation.Id));
        var identity = new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, AppId),
            new Claim(AuthenticationConstants.AppIdClaim, AppId),
        ]);
        if (DirectLineUsers.IsVouched(activity.From?.Id))
        {
            identity.AddClaim(VouchedUser.For(activity.From!.Id));
        }
        // IBot is transient and its state accessors are per turn, so resolve it per delivery.
        var bot = services.GetRequiredService<IBot>();
        return adapter.ContinueConversationAsync(identity, activity, bot.OnTurnAsync, cancellationToken);
    }

    public Activity MembersAdded(DirectLineConversation conversation) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        From = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
        MembersAdded = [Bot, new ChannelAccount(conversation.UserId, role: RoleTypes.User)],
    };
}
