using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>
/// Whose cart it is: the identified store customer, else the channel user. Kept as one string so both backends
/// key carts the same way (<c>customer:&lt;id&gt;</c> or <c>user:&lt;channel&gt;:&lt;user id&gt;</c>).
/// </summary>
public sealed record CartOwner
{
    private CartOwner(string key) => Key = key;

    public string Key { get; }

    public static CartOwner Customer(string customerId) =>
        new("customer:" + (string.IsNullOrWhiteSpace(customerId) ? throw new ArgumentException("Empty customer id.", nameof(customerId)) : customerId));

    public static CartOwner User(ChannelUser user) => new($"user:{user.Channel}:{user.UserId}");

    /// <summary>The identified customer if there is one, else the channel user.</summary>
    public static CartOwner Of(string? customerId, string channel, string channelUserId) =>
        string.IsNullOrWhiteSpace(customerId) ? User(new ChannelUser(channel, channelUserId)) : Customer(customerId);

    public override string ToString() => Key;
}
