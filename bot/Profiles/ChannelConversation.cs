namespace EcomBot.Bot.Profiles;

/// <summary>One conversation on one channel, as the channel names it.</summary>
public sealed record ChannelConversation(string Channel, string ConversationId);
