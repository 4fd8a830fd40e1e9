namespace EcomBot.Bot.Profiles;

/// <summary>The last message from the customer (inbound) and to the customer (outbound) on one channel.</summary>
public sealed record ChannelContacts(DateTimeOffset? LastInbound, DateTimeOffset? LastOutbound);
