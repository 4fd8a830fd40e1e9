using System.Text;
using System.Text.Json.Nodes;
using EcomBot.Bot.BotFramework.Messages;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// A conversation through the bot's own <c>POST /api/messages</c> handler (<see cref="MessageEndpoint"/>: the body
/// checks, then the CloudAdapter and the bot) inside this process, with no socket in between: each activity is the
/// request body an HTTP channel would send, and the expectReplies response body is read back.
/// </summary>
internal sealed class MessageEndpointChannel(IServiceProvider services, string conversationId, string userId) : ICustomerChannel
{
    public Task<IReadOnlyList<BotMessage>> JoinAsync(CancellationToken cancellationToken) =>
        PostAsync(ExpectRepliesActivities.Joined(conversationId, userId), cancellationToken);

    public Task<IReadOnlyList<BotMessage>> SayAsync(string text, CancellationToken cancellationToken) =>
        PostAsync(ExpectRepliesActivities.Message(conversationId, userId, text), cancellationToken);

    private async Task<IReadOnlyList<BotMessage>> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        using var requestBody = new MemoryStream(body);
        using var responseBody = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/messages";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = requestBody;
        context.Response.Body = responseBody;

        var endpoint = scope.ServiceProvider.GetRequiredService<MessageEndpoint>();
        await endpoint.HandleAsync(context, scope.ServiceProvider.GetRequiredService<IBot>());

        var text = Encoding.UTF8.GetString(responseBody.ToArray());
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"/api/messages answered {context.Response.StatusCode}: {text}");
        }
        return ExpectRepliesActivities.Replies(text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
