using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Reads the <c>Authorization: Bearer</c> header as either the Direct Line secret or a conversation token.</summary>
public sealed class DirectLineCallerReader(IOptions<DirectLineOptions> options, DirectLineTokens tokens)
{
    /// <summary>The caller, or null when a credential was presented but is not valid (wrong, forged or expired).</summary>
    public async Task<DirectLineCaller?> ReadAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header.Length == 0 ? DirectLineCaller.Anonymous : null;
        }
        var credential = header["Bearer ".Length..].Trim();
        if (IsSecret(credential))
        {
            return new DirectLineCaller(true, null);
        }
        return await tokens.ValidateConversationTokenAsync(credential) is { } grant ? new DirectLineCaller(false, grant) : null;
    }

    private bool IsSecret(string credential) =>
        options.Value.Secret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret));
}
