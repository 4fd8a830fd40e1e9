using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using EcomBot.Bot.Channels.DirectLine.Limits;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream (<c>streamUrl</c>) Web Chat listens on: each new page of activities is pushed as
/// <c>{"activities":[...],"watermark":"n"}</c>. A browser WebSocket cannot send an Authorization header, so the URL
/// carries a short-lived stream token bound to the conversation and to the expiry of the conversation token it came
/// with: the stream closes then, and the client reconnects with its refreshed token (as Direct Line clients do). A
/// conversation holds at most <c>DirectLine:MaxStreamsPerToken</c> streams at once. When the bot shuts down, each
/// stream closes at once as "going away" (the client reconnects to whichever replica answers), so an open chat does not
/// hold the shutdown until the host's timeout.
/// </summary>
public static class DirectLineStreamEndpoint
{
    public static void MapDirectLineStream(this RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, string? t, HttpContext context, DirectLineTokens tokens,
        IDirectLineConversationStore store, IDirectLineQuotas quotas, IOptions<DirectLineOptions> options, TimeProvider time,
        IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ActivityJson.Problem(StatusCodes.Status400BadRequest, "The stream URL takes a WebSocket connection.");
        }
        if (t is null || await tokens.ValidateStreamTokenAsync(t) is not { } granted)
        {
            return DirectLineResults.InvalidCredential;
        }
        if (!string.Equals(granted.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineResults.OtherConversation;
        }
        if (await store.FindAsync(conversationId, context.RequestAborted) is null)
        {
            return DirectLineResults.UnknownConversation;
        }
        await using var place = await quotas.TryOpenStreamAsync(conversationId, options.Value.MaxStreamsPerToken, context.RequestAborted);
        if (place is null)
        {
            return DirectLineResults.TooMany("DirectLine:MaxStreamsPerToken", time);
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var expiry = new CancellationTokenSource(Max(granted.Until - time.GetUtcNow(), TimeSpan.Zero), time);
        using var clientGone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        using var pushing = CancellationTokenSource.CreateLinkedTokenSource(clientGone.Token, expiry.Token, lifetime.ApplicationStopping);
        var listening = DrainUntilClosedAsync(socket, clientGone);
        try
        {
            await PushActivitiesAsync(socket, store, conversationId, DirectLineConversationEndpoints.ParseWatermark(watermark), pushing.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away, or the token expired (closed below).
        }
        if (lifetime.ApplicationStopping.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.EndpointUnavailable, "the bot is restarting; reconnect");
            clientGone.CancelAfter(TimeSpan.FromSeconds(1));
        }
        else if (expiry.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            // Say why, and give the client a moment to answer the close before the socket goes.
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.PolicyViolation, "token expired; reconnect with a fresh token");
            clientGone.CancelAfter(TimeSpan.FromSeconds(5));
        }
        else
        {
            await clientGone.CancelAsync();
        }
        await listening;
        if (socket.State == WebSocketState.CloseReceived)
        {
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure, "closed");
        }
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

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseOutputAsync(status, reason, patience.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client is gone already.
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
