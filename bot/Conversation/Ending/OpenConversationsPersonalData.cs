using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles.Privacy;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>The customer's open conversations (who, when last active) for export and erasure; an erased customer's
/// conversation is no longer open, so no idle end is published for it afterwards.</summary>
public sealed class OpenConversationsPersonalData(IOpenConversations open) : IErasable, IExportable
{
    public string DataName => "openConversations";

    public async Task EraseAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        foreach (var conversation in subject.Conversations)
        {
            await open.RemoveAsync(conversation.Channel, conversation.ConversationId, cancellationToken);
        }
    }

    public async Task<JsonNode?> ExportAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var conversation in subject.Conversations)
        {
            if (await open.GetAsync(conversation.Channel, conversation.ConversationId, cancellationToken) is { } recorded)
            {
                export.Add(JsonSerializer.SerializeToNode(recorded, JsonSerializerOptions.Web));
            }
        }
        return export.Count == 0 ? null : export;
    }
}
