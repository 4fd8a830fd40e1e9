using System.Security.Cryptography;
using System.Text;

namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>
/// How an erased user is remembered: a SHA-256 of the user id, so the record of erasure does not hold the id (which
/// contains the name). It is a pseudonym, not anonymity: whoever has <c>db.json</c> can test an id against it, as the
/// store itself must.
/// </summary>
public static class ErasureMark
{
    public static string Of(string userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ecombot-erased-user:" + userId)));
}
