using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Identity.Codes;

/// <summary>Makes, reads and checks one-time codes: uniformly random digits, stored as a salted SHA-256 hash, compared
/// in constant time.</summary>
internal static partial class OneTimeCode
{
    /// <summary>A new code for <paramref name="customerId"/> and what to keep of it.</summary>
    public static (string Code, PendingCode Pending) Issue(string? customerId, int length, DateTimeOffset expiresAt)
    {
        var code = string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))));
        var salt = RandomNumberGenerator.GetBytes(16);
        return (code, new PendingCode
        {
            CustomerId = customerId,
            Salt = Convert.ToBase64String(salt),
            Hash = Convert.ToBase64String(HashOf(salt, code)),
            ExpiresAt = expiresAt,
        });
    }

    /// <summary>The code in a message ("123456", "my code is 123 456"), or null.</summary>
    public static string? Read(string text, int length)
    {
        var joined = DigitSeparator().Replace(text, "");
        var codes = Digits().Matches(joined).Where(m => m.Length == length).ToList();
        return codes.Count == 1 ? codes[0].Value : null;
    }

    public static bool Matches(PendingCode pending, string typed)
    {
        var expected = Convert.FromBase64String(pending.Hash);
        var actual = HashOf(Convert.FromBase64String(pending.Salt), typed);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static byte[] HashOf(byte[] salt, string code) => SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(code)]);

    [GeneratedRegex(@"(?<=\d)[ -](?=\d)")]
    private static partial Regex DigitSeparator();

    [GeneratedRegex(@"(?<![\w#])\d+(?!\w)")]
    private static partial Regex Digits();
}
