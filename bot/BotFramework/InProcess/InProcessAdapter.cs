using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.BotFramework.InProcess;

/// <summary>
/// Runs turns of the bot in this process with no channel in between: the activity goes through the same bot (activity
/// handler, router, flows, configured state) as on <c>/api/messages</c>, and the turn's replies are its result. For the
/// command line (<c>chat</c>, <c>bench turns</c>); proactive sends are not supported.
/// </summary>
public sealed class InProcessAdapter : BotAdapter
{
    public const string ChannelId = "console";

    /// <summary>Runs one turn and returns what the bot sent in it, in order.</summary>
    public async Task<IReadOnlyList<Activity>> RunTurnAsync(IBot bot, Activity activity, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        using var turnContext = new TurnContext(this, activity);
        turnContext.OnSendActivities((_, activities, _) =>
        {
            lock (replies)
            {
                replies.AddRange(activities);
            }
            return Task.FromResult(activities.Select(a => new ResourceResponse(a.Id ?? "")).ToArray());
        });
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
        lock (replies)
        {
            return [.. replies];
        }
    }

    /// <summary>A message from <paramref name="userId"/> in <paramref name="conversationId"/> on the console channel.</summary>
    public static Activity Message(string conversationId, string userId, string text) => new(ActivityTypes.Message)
    {
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = "urn:console",
        Locale = "en-US",
        From = new ChannelAccount(userId, role: RoleTypes.User),
        Recipient = new ChannelAccount("ecombot", role: RoleTypes.Bot),
        Conversation = new ConversationAccount(id: conversationId),
    };

    /// <summary>The customer joining <paramref name="conversationId"/>, which brings the bot's welcome.</summary>
    public static Activity Joined(string conversationId, string userId)
    {
        var activity = Message(conversationId, userId, "");
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [new ChannelAccount(userId)];
        return activity;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The in-process channel only carries replies within a turn.");

    public override Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The in-process channel cannot update activities.");

    public override Task DeleteActivityAsync(
        ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The in-process channel cannot delete activities.");
}
