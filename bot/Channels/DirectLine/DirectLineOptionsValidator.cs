using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Checks what data annotations cannot: the signing key's shape, that production has one, and the keys that
/// must agree with each other.</summary>
public sealed class DirectLineOptionsValidator(IHostEnvironment environment) : IValidateOptions<DirectLineOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TokenSigningKey))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add(
                    "DirectLine:TokenSigningKey is required outside Development (base64 of at least 32 random bytes, "
                    + "e.g. `openssl rand -base64 32`); every replica must use the same key.");
            }
        }
        else if (DecodeKey(options.TokenSigningKey) is not { Length: >= MinimumKeyBytes })
        {
            failures.Add($"DirectLine:TokenSigningKey must be base64 of at least {MinimumKeyBytes} bytes.");
        }
        if (options.ConnectorUrl is { } url && !url.EndsWith('/'))
        {
            failures.Add("DirectLine:ConnectorUrl must end with '/'.");
        }
        if (options.MaxConversationBytes < options.MaxActivityBytes)
        {
            failures.Add("DirectLine:MaxConversationBytes must be at least DirectLine:MaxActivityBytes, so one activity always fits.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static byte[]? DecodeKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
