namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>Whose data to export or erase: the store customer id with every channel account and conversation the
/// profile linked to them, so stores keyed by channel user or conversation can find their part.</summary>
public sealed record CustomerDataSubject(
    string CustomerId, IReadOnlyList<ChannelUser> ChannelUsers, IReadOnlyList<ChannelConversation> Conversations);
