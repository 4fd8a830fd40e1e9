namespace EcomBot.Bot.Profiles;

/// <summary>A customer's account on one channel (<c>webchat</c>, <c>msteams</c> ...); not the store customer id.</summary>
public sealed record ChannelUser(string Channel, string UserId)
{
    public override string ToString() => $"{Channel}:{UserId}";
}
