namespace EcomBot.Bot.Outreach;

/// <summary>The queue of campaign sends: in-process by default, a Redis stream with a consumer group shared by replicas
/// in production. Enqueueing the same <see cref="OutreachSend.IdempotencyKey"/> twice sends once.</summary>
public interface IOutreachSends
{
    ValueTask EnqueueAsync(OutreachSend send, CancellationToken cancellationToken);
}
