using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream (<c>streamUrl</c>) Web Chat listens on: each new batch of activities is pushed as
/// <c>{"activities":[...],"watermark":"n"}</c>. A browser WebSocket cannot send an Authorization header, so the URL
/// carries a short-lived stream token bound to the conversation.
/// </summary>
public static class DirectLineStreamEndpoint
{
    public static void MapDirectLineStream(this RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    public static string StreamUrl(HttpRequest request, string conversationId, long watermark, DirectLineTokens tokens)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversationId}/stream"
            + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(tokens.IssueStreamToken(conversationId))}";
    }

    private static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, string? t, HttpContext context, DirectLineTokens tokens,
        IDirectLineConversationStore store)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ActivityJson.Problem(StatusCodes.Status400BadRequest, "The stream URL takes a WebSocket connection.");
        }
        if (t is null || await tokens.ValidateStreamTokenAsync(t) is not { } granted)
        {
            return DirectLineResults.InvalidCredential;
        }
        if (!string.Equals(granted, conversationId, StringComparison.Ordinal))
        {
            return DirectLineResults.OtherConversation;
        }
        if (await store.FindAsync(conversationId, context.RequestAborted) is null)
        {
            return DirectLineResults.UnknownConversation;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var listening = DrainUntilClosedAsync(socket, closed);
        try
        {
            await PushActivitiesAsync(socket, store, conversationId, DirectLineConversationEndpoints.ParseWatermark(watermark), closed.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing to tell it.
        }
        await closed.CancelAsync();
        await listening;
        return Results.Empty;
    }

    private static async Task PushActivitiesAsync(
        WebSocket socket, IDirectLineConversationStore store, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open)
        {
            await store.WaitForActivitiesAsync(conversationId, watermark, cancellationToken);
            var set = await store.ReadAsync(conversationId, watermark, cancellationToken);
            if (set is null)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", cancellationToken);
                return;
            }
            if (set.Activities.Count == 0)
            {
                continue;
            }
            watermark = set.Watermark;
            var frame = JsonConvert.SerializeObject(
                new { activities = set.Activities, watermark = watermark.ToString(CultureInfo.InvariantCulture) },
                new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
    }

    /// <summary>Reads (and drops) the client's keep-alive pings; a close or a broken socket ends the stream.</summary>
    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, closed.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing either way.
        }
        await closed.CancelAsync();
    }
}
