using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Checks what data annotations cannot: the signing key's shape, and that production has one.</summary>
public sealed class DirectLineOptionsValidator(IHostEnvironment environment) : IValidateOptions<DirectLineOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TokenSigningKey))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "DirectLine:TokenSigningKey is required outside Development (base64 of at least 32 random bytes, "
                    + "e.g. `openssl rand -base64 32`); every replica must use the same key.");
        }
        if (DecodeKey(options.TokenSigningKey) is not { Length: >= MinimumKeyBytes })
        {
            return ValidateOptionsResult.Fail(
                $"DirectLine:TokenSigningKey must be base64 of at least {MinimumKeyBytes} bytes.");
        }
        if (options.ConnectorUrl is { } url && !url.EndsWith('/'))
        {
            return ValidateOptionsResult.Fail("DirectLine:ConnectorUrl must end with '/'.");
        }
        return ValidateOptionsResult.Success;
    }

    public static byte[]? DecodeKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
