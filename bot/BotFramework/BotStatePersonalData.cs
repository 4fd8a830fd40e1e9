using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Privacy;
using Microsoft.Bot.Builder;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// The customer's part of bot state, for export and erasure: user state of each linked channel account and the
/// conversation state (with its transcript) of each conversation the profile recorded. Keys are the ones
/// <see cref="UserState"/> and <see cref="ConversationState"/> use.
/// </summary>
public sealed class BotStatePersonalData(IStorage storage) : IErasable, IExportable
{
    public string DataName => "botState";

    public Task EraseAsync(CustomerDataSubject subject, CancellationToken cancellationToken) =>
        storage.DeleteAsync(KeysOf(subject), cancellationToken);

    public async Task<JsonNode?> ExportAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync(KeysOf(subject), cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }
        var export = new JsonObject();
        foreach (var (key, item) in items)
        {
            export[key] = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(item));
        }
        return export;
    }

    private static string[] KeysOf(CustomerDataSubject subject) =>
    [
        .. subject.ChannelUsers.Select(user => $"{user.Channel}/users/{user.UserId}"),
        .. subject.Conversations.Select(conversation => $"{conversation.Channel}/conversations/{conversation.ConversationId}"),
    ];
}
