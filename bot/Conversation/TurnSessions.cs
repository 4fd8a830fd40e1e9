using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Plugins.Calls;
using EcomBot.Bot.Plugins.Kernels;
using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Conversation;

/// <summary>Resolves who a turn acts for, once per turn (and again if the customer identifies during it), and gives the
/// turn its kernel functions for that session.</summary>
public sealed class TurnSessions(TurnKernels kernels, TimeProvider clock)
{
    private const int TranscriptLinesCarried = HandoffOptions.MaxTranscriptLines;

    public TurnFunctions FunctionsFor(CustomerMessage message, ConversationData conversation) =>
        new(kernels, () => Resolve(message, conversation));

    public CustomerSession Resolve(CustomerMessage message, ConversationData conversation)
    {
        var user = ChannelUser.IsValidChannel(message.ChannelId) && !string.IsNullOrEmpty(message.ChannelUserId)
            ? new ChannelUser(message.ChannelId, message.ChannelUserId)
            : null;
        var (customerId, identity) = conversation.CustomerId is { } identified
            ? (identified, conversation.CustomerVouched ? SessionIdentity.Channel : SessionIdentity.Conversation)
            : (null, SessionIdentity.None);
        return new CustomerSession(
            message.ChannelId, user, message.ConversationId, customerId, identity,
            new ProposalBook(conversation.Changes, conversation.Turn, clock))
        {
            VouchedCustomerId = message.VouchedCustomerId,
            RecentTranscript = [.. conversation.Transcript.TakeLast(TranscriptLinesCarried).Select(l => new HandoffTranscriptLine(l.From, l.Text, l.At))],
        };
    }
}
