using EcomBot.Bot.Conversation;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>
/// What every turn teaches the profile: that the customer wrote and the bot answered on this channel and conversation
/// (so contacts are known and erase can find the conversation), and the link to the store customer once the
/// conversation identified them. Only enqueues; never slows the turn.
/// </summary>
public sealed class TurnProfileRecorder(IProfileSignals signals)
{
    /// <summary>Records a turn; <paramref name="customerBefore"/> is the conversation's customer before the router ran.</summary>
    public void Record(CustomerMessage message, string? customerBefore, string? customerAfter, int replies)
    {
        if (!ChannelUser.IsValidChannel(message.ChannelId) || string.IsNullOrEmpty(message.ChannelUserId))
        {
            return;
        }
        var user = new ChannelUser(message.ChannelId, message.ChannelUserId);
        if (customerAfter is not null && customerAfter != customerBefore && ProfileIds.IsValidCustomerId(customerAfter))
        {
            signals.Record(new CustomerIdentified(user, customerAfter));
        }
        var subject = customerAfter is not null && ProfileIds.IsValidCustomerId(customerAfter)
            ? ProfileSubject.Customer(customerAfter)
            : ProfileSubject.Of(user);
        var conversationId = string.IsNullOrEmpty(message.ConversationId) ? null : message.ConversationId;
        signals.Record(new MessageExchanged(subject, message.ChannelId, ContactDirection.Inbound, conversationId));
        if (replies > 0)
        {
            signals.Record(new MessageExchanged(subject, message.ChannelId, ContactDirection.Outbound, conversationId));
        }
    }
}
