namespace EcomBot.Bot.Profiles;

/// <summary>A customer's account on one channel (<c>webchat</c>, <c>msteams</c> ...); not the store customer id.</summary>
public sealed record ChannelUser(string Channel, string UserId)
{
    /// <summary>Channel ids are short names without ':'; the profile's storage format relies on that.</summary>
    public string Channel { get; } = IsValidChannel(Channel) ? Channel : throw new ArgumentException("Not a channel id.", nameof(Channel));

    public string UserId { get; } = string.IsNullOrEmpty(UserId) ? throw new ArgumentException("Empty channel user id.", nameof(UserId)) : UserId;

    public static bool IsValidChannel(string? channel) =>
        !string.IsNullOrWhiteSpace(channel) && !channel.Contains(':', StringComparison.Ordinal);

    public override string ToString() => $"{Channel}:{UserId}";
}
