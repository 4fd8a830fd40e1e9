using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The self-hosted Direct Line's secret key (<c>DirectLine:TokenSigningKey</c>), which every replica shares. Start-up
/// validation guarantees one outside Development; in Development a key is generated per process when absent, so
/// tokens and bot-side conversation ids die with the process, which is fine on a developer's machine.
/// </summary>
public sealed class DirectLineSigningKey(IOptions<DirectLineOptions> options)
{
    private readonly byte[] _key = string.IsNullOrWhiteSpace(options.Value.TokenSigningKey)
        ? RandomNumberGenerator.GetBytes(DirectLineOptionsValidator.MinimumKeyBytes)
        : DirectLineOptionsValidator.DecodeKey(options.Value.TokenSigningKey)!;

    /// <summary>The key that signs tokens.</summary>
    public byte[] TokenKey => _key;

    /// <summary>A key for another purpose, derived from the signing key, so one key is never used for two things.</summary>
    public byte[] DeriveKey(string purpose) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose));
}
