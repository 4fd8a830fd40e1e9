namespace EcomBot.Bot.Profiles;

/// <summary>One conversation on one channel, as the channel names it.</summary>
public sealed record ChannelConversation(string Channel, string ConversationId)
{
    public string Channel { get; } = ChannelUser.IsValidChannel(Channel) ? Channel : throw new ArgumentException("Not a channel id.", nameof(Channel));

    public string ConversationId { get; } = string.IsNullOrEmpty(ConversationId)
        ? throw new ArgumentException("Empty conversation id.", nameof(ConversationId))
        : ConversationId;
}
