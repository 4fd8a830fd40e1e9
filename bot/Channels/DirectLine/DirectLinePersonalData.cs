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
            if (await store.ReadAsync(conversationId, 0, cancellationToken) is { } log)
            {
                export[conversationId] = JsonNode.Parse(JsonConvert.SerializeObject(log.Activities));
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
