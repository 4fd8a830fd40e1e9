using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles.Privacy;
using Newtonsoft.Json;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>The web chat's conversation logs in a customer's export, and gone with their erasure.</summary>
public sealed class DirectLinePersonalData(IDirectLineConversationStore store, DirectLineConversationIds conversationIds)
    : IErasable, IExportable
{
    public string DataName => "webChatConversations";

    public async Task EraseAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        foreach (var conversationId in ConversationsOf(subject))
        {
            await store.ForgetAsync(conversationId, cancellationToken);
        }
    }

    public async Task<JsonNode?> ExportAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        var export = new JsonObject();
        foreach (var conversationId in ConversationsOf(subject))
        {
            var activities = new JsonArray();
            var watermark = 0L;
            // Reads come a page at a time; the whole log is the pages up to the end.
            while (await store.ReadAsync(conversationId, watermark, cancellationToken) is { Activities.Count: > 0 } page)
            {
                foreach (var activity in page.Activities)
                {
                    activities.Add(JsonNode.Parse(JsonConvert.SerializeObject(activity)));
                }
                watermark = page.Watermark;
            }
            if (activities.Count > 0 || await store.FindAsync(conversationId, cancellationToken) is not null)
            {
                export[conversationId] = activities;
            }
        }
        return export.Count == 0 ? null : export;
    }

    /// <summary>The public ids of the subject's web chat conversations. Profiles record the bot-side id a turn saw;
    /// one recorded before bot-side ids existed is the public id itself.</summary>
    private IEnumerable<string> ConversationsOf(CustomerDataSubject subject) =>
        subject.Conversations
            .Where(c => c.Channel == DirectLineBotDelivery.ChannelId)
            .Select(c => conversationIds.PublicIdOf(c.ConversationId) ?? c.ConversationId)
            .Distinct(StringComparer.Ordinal);
}
