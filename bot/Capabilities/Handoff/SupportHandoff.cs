using EcomBot.Bot.Capabilities.Session;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Handoff;

/// <summary>What a hand-off carries besides who and where: why, a summary for the person, and the recent transcript.</summary>
public sealed record HandoffRequest(HandoffReason Reason, string Summary, IReadOnlyList<HandoffTranscriptLine> Transcript);

/// <summary>A hand-off passed on: the reference the customer can quote, when a person replies, and whether the
/// support desk's webhook took it (otherwise it was logged, with personal data masked, for the desk to pick up).</summary>
public sealed record HandoffTicket(string Reference, string ExpectedResponse, bool DeliveredToDesk);

/// <summary>Passes a conversation to a person on the support team.</summary>
public sealed class SupportHandoff(HandoffPublisher publisher, IOptions<HandoffOptions> options, TimeProvider clock)
{
    public async Task<HandoffTicket> HandOffAsync(CustomerSession session, string channelId, HandoffRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reference = $"HO-{now:yyMMdd}-{Math.Abs(StringComparer.Ordinal.GetHashCode(session.ConversationId + now.Ticks)) % 100000:D5}";
        var handoff = new HandoffEvent(
            reference,
            request.Reason,
            channelId,
            session.ConversationId,
            session.CustomerId,
            request.Summary,
            [.. request.Transcript.TakeLast(options.Value.TranscriptLines)],
            now);
        var delivered = await publisher.PublishAsync(handoff, cancellationToken);
        return new HandoffTicket(reference, options.Value.ExpectedResponse, delivered);
    }
}
