namespace EcomBot.Bot.Conversation.Ending;

/// <summary>A conversation that has not ended, as the idle sweep knows it: where it is, who the customer is (null until
/// identified) and when the customer was last heard from.</summary>
public sealed record OpenConversation(string ChannelId, string ConversationId, string? CustomerId, DateTimeOffset LastActivityAt);
