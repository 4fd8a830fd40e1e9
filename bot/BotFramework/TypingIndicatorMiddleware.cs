using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Shows a typing indicator while a message turn is slow: first after <c>delay</c>, then every <c>period</c>, and
/// never within <c>delay</c> of the bot's last message, until the turn ends.
/// </summary>
/// <remarks>
/// The indicator is best effort. A typing activity the channel refuses is logged and the turn goes on; the bot's
/// replies never wait for it or fail because of it. (The SDK's <c>ShowTypingMiddleware</c> awaits its typing task
/// inside the bot's own send, so a typing send that failed at the wrong moment made the reply itself fail, and its
/// disposed cancellation source then broke the apology too: the customer got nothing.) Turns whose replies travel
/// back in the HTTP response (<c>deliveryMode: expectReplies</c>) get no indicator: the caller sees every reply at
/// once, and the service URL of such a turn need not accept messages.
/// </remarks>
public sealed partial class TypingIndicatorMiddleware(TimeSpan delay, TimeSpan period, TimeProvider clock, ILogger logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }

        var quietUntil = new QuietTime(clock.GetUtcNow());
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            var replies = await nextSend();
            if (activities.Exists(a => a.Type == ActivityTypes.Message))
            {
                quietUntil.Set(clock.GetUtcNow() + delay);
            }
            return replies;
        });

        using var turnEnded = new CancellationTokenSource();
        var typing = KeepTypingAsync(turnContext, quietUntil, turnEnded.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await turnEnded.CancelAsync();
            await typing;
        }
    }

    private async Task KeepTypingAsync(ITurnContext turnContext, QuietTime quietUntil, CancellationToken turnEnded)
    {
        try
        {
            var wait = delay;
            while (true)
            {
                await Task.Delay(wait, clock, turnEnded);
                var quiet = quietUntil.Get() - clock.GetUtcNow();
                if (quiet > TimeSpan.Zero)
                {
                    wait = quiet;
                    continue;
                }
                await SendTypingAsync(turnContext, turnEnded);
                wait = period;
            }
        }
        catch (Exception) when (turnEnded.IsCancellationRequested)
        {
            // The turn is over; so is the indicator.
        }
        catch (Exception failure)
        {
            LogNotDelivered(failure, turnContext.Activity.ChannelId);
        }
    }

    private static Task<ResourceResponse[]> SendTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Straight through the adapter: the typing activity is not a reply, so it must not run the turn's send
        // handlers (which would mark the turn as responded and restart the quiet time).
        var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = turnContext.Activity.RelatesTo };
        typing.ApplyConversationReference(turnContext.Activity.GetConversationReference());
        return turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Typing indicator not delivered on channel {ChannelId}; the turn goes on without it")]
    private partial void LogNotDelivered(Exception exception, string channelId);

    /// <summary>The time before which no indicator is sent, shared between the bot's sends and the typing loop.</summary>
    private sealed class QuietTime(DateTimeOffset initial)
    {
        private long _utcTicks = initial.UtcTicks;

        public DateTimeOffset Get() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

        public void Set(DateTimeOffset value) => Interlocked.Exchange(ref _utcTicks, value.UtcTicks);
    }
}
