namespace EcomBot.Bot.Profiles.Signals;

/// <summary>Whose profile a signal is about: a channel user (identified or not) or a known store customer.</summary>
public sealed record ProfileSubject
{
    private ProfileSubject(ChannelUser? user, string? customerId)
    {
        User = user;
        CustomerId = customerId;
    }

    public ChannelUser? User { get; }

    public string? CustomerId { get; }

    public static ProfileSubject Of(ChannelUser user) =>
        new(user ?? throw new ArgumentNullException(nameof(user)), null);

    public static ProfileSubject Of(string channel, string channelUserId) => Of(new ChannelUser(channel, channelUserId));

    public static ProfileSubject Customer(string customerId) => ProfileIds.IsValidCustomerId(customerId)
        ? new(null, customerId)
        : throw new ArgumentException("Not a store customer id.", nameof(customerId));

    public override string ToString() => ProfileIds.Pseudonym(CustomerId ?? User!.ToString());
}
