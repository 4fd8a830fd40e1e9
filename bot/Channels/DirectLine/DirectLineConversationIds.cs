using System.Security.Cryptography;
using System.Text;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The id a web chat conversation has inside the bot: its public id (in the client's URLs, tokens and activity ids)
/// followed by a tag only this server can compute (<c>{publicId}.{HMAC of the public id}</c>). Conversation state is
/// keyed by it, and the bot's connector calls address it, so knowing a public conversation id is not enough to reach
/// that conversation's state or to post into it.
/// </summary>
public sealed class DirectLineConversationIds(DirectLineSigningKey key)
{
    private const char Separator = '.';
    private const int TagBytes = 16;

    private readonly byte[] _tagKey = key.DeriveKey("ecombot-directline-conversation-id");

    public string ForBot(string publicId) => publicId + Separator + Tag(publicId);

    /// <summary>The public id inside a bot-side id, or null when the tag is not this server's.</summary>
    public string? PublicIdOf(string botConversationId)
    {
        var separator = botConversationId.LastIndexOf(Separator);
        if (separator <= 0)
        {
            return null;
        }
        var publicId = botConversationId[..separator];
        var tag = Encoding.ASCII.GetBytes(botConversationId[(separator + 1)..]);
        return CryptographicOperations.FixedTimeEquals(tag, Encoding.ASCII.GetBytes(Tag(publicId))) ? publicId : null;
    }

    private string Tag(string publicId) =>
        Convert.ToBase64String(HMACSHA256.HashData(_tagKey, Encoding.UTF8.GetBytes(publicId))[..TagBytes])
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
