using System.Security.Cryptography;
using System.Text;

namespace EcomBot.Bot.Profiles;

/// <summary>
/// Profile ids: the store customer id once the customer is identified; before that a deterministic anonymous id
/// made from the channel user (so two replicas seeing a new user at once create the same profile, not two).
/// </summary>
public static class ProfileIds
{
    private const string AnonymousMarker = "~";

    public static string Anonymous(ChannelUser user) => $"{AnonymousMarker}{user.Channel}:{user.UserId}";

    public static bool IsAnonymous(string profileId) => profileId.StartsWith(AnonymousMarker, StringComparison.Ordinal);

    /// <summary>A customer id the store could have issued: not empty, not anonymous-looking, no control characters.</summary>
    public static bool IsValidCustomerId(string? customerId) =>
        !string.IsNullOrWhiteSpace(customerId) && customerId.Length <= 200 && !IsAnonymous(customerId)
        && !customerId.Any(char.IsControl);

    /// <summary>A short one-way token for logs, so an id can be correlated without being written down.</summary>
    public static string Pseudonym(string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..12];
}
