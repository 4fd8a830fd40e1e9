using EcomBot.Bot.Plugins.Calls;
using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// Takes the customer a channel vouches for (<see cref="CustomerMessage.VouchedCustomerId"/>: a signed-in shopper's
/// Direct Line token minted by the shop's back end) as the conversation's customer, once the store confirms the account
/// through the identity plugin. The channel's word outranks details typed in chat: a conversation identified as someone
/// else drops that identity, its flow and its proposals. An id no account has identifies nobody, and is logged.
/// </summary>
public sealed partial class ChannelVouchedIdentity(ILogger<ChannelVouchedIdentity> logger) : ITurnStart
{
    public async Task BeginAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        if (message.VouchedCustomerId is not { } vouched
            || (conversation.CustomerVouched && string.Equals(conversation.CustomerId, vouched, StringComparison.Ordinal)))
        {
            return;
        }
        if (conversation.CustomerId is not null)
        {
            ProposalAnswers.Withdraw(functions.Session);
            conversation.ActiveFlow = null;
            conversation.FlowState = null;
            conversation.CustomerId = null;
            conversation.CustomerVouched = false;
        }
        if (await functions.Identity.FindVouchedAsync(cancellationToken) is { } customerId)
        {
            conversation.CustomerId = customerId;
            conversation.CustomerVouched = true;
        }
        else if (logger.IsEnabled(LogLevel.Warning))
        {
            var pseudonym = ProfileIds.Pseudonym(vouched);
            LogUnknownCustomer(message.ChannelId, pseudonym);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The {ChannelId} channel vouched for customer {CustomerPseudonym}, whom the store does not know; the conversation stays unidentified.")]
    private partial void LogUnknownCustomer(string channelId, string customerPseudonym);
}
