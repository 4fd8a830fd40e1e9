using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Cart;

/// <summary>Who is shopping in a turn: the identified store customer, else the channel user, as a cart owner and a profile subject.</summary>
public static class ShopperIdentity
{
    public static CartOwner CartOwnerOf(FlowTurn turn) =>
        CartOwner.Of(turn.Conversation.CustomerId, turn.Message.ChannelId, turn.Message.ChannelUserId);

    /// <summary>The profile subject, or null when the channel ids cannot name one (then no signal is recorded).</summary>
    public static ProfileSubject? ProfileSubjectOf(FlowTurn turn)
    {
        if (turn.Conversation.CustomerId is { } customerId && ProfileIds.IsValidCustomerId(customerId))
        {
            return ProfileSubject.Customer(customerId);
        }
        return ChannelUser.IsValidChannel(turn.Message.ChannelId) && !string.IsNullOrEmpty(turn.Message.ChannelUserId)
            ? ProfileSubject.Of(turn.Message.ChannelId, turn.Message.ChannelUserId)
            : null;
    }
}
