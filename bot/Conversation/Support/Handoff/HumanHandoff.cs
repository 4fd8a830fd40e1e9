using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>Passes a conversation to a person: builds the summary and event, publishes it, and tells the customer what happens next.</summary>
public sealed class HumanHandoff(HandoffPublisher publisher, IOptions<HandoffOptions> options, TimeProvider clock)
{
    public async Task<BotReply> HandOffAsync(
        CustomerMessage message, ConversationData conversation, HandoffReason reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reference = $"HO-{now:yyMMdd}-{Math.Abs(StringComparer.Ordinal.GetHashCode(message.ConversationId + now.Ticks)) % 100000:D5}";
        var handoff = new HandoffEvent(
            reference,
            reason,
            message.ChannelId,
            message.ConversationId,
            conversation.CustomerId,
            TranscriptSummary.Summarize(conversation, reason),
            conversation.Transcript.TakeLast(options.Value.TranscriptLines).ToList(),
            now);
        await publisher.PublishAsync(handoff, TranscriptSummary.SummarizeForLog(conversation, reason), cancellationToken);

        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        conversation.UnhelpfulTurns = 0;
        return BotReply.Say(
            $"I've passed our conversation to our support team with a summary, so you won't need to repeat yourself. "
            + $"A person will reply here {options.Value.ExpectedResponse}. Your reference is {reference}. "
            + "In the meantime I'm still here if you'd like help with anything else.",
            "Track my order", "Store policies");
    }
}
