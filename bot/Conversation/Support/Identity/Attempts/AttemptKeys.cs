using System.Security.Cryptography;
using System.Text;

namespace EcomBot.Bot.Conversation.Support.Identity.Attempts;

/// <summary>
/// The keys attempts are counted under. Each holds a one-way hash, never the email, name, channel user or
/// conversation id itself, so the store (and a SCAN of Redis) holds no personal data.
/// </summary>
internal static class AttemptKeys
{
    public static string Conversation(CustomerMessage message) => "conversation:" + Hash(message.ChannelId, message.ConversationId);

    public static string ChannelUser(CustomerMessage message) => "user:" + Hash(message.ChannelId, message.ChannelUserId);

    /// <summary>The identity the details claim: the email, or the first and last name (every zip code of a name counts
    /// against that name).</summary>
    public static string Claim(CustomerDetails details) =>
        "claim:" + Hash(details.Email ?? $"{details.FirstName} {details.LastName}".ToLowerInvariant());

    /// <summary>Codes sent to one email address.</summary>
    public static string CodesSent(string email) => "codes-sent:" + Hash(email.ToLowerInvariant());

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..32];
}
