using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Hosting;

/// <summary>
/// Secrets come from the environment or user secrets, never from a settings file that lives with the code: start-up
/// fails when one of them is set in <c>appsettings*.json</c> (or another JSON file beside the app), naming the key and
/// the file.
/// </summary>
public sealed class CommittedSecretsValidator(IConfiguration configuration) : IValidateOptions<HostingOptions>
{
    /// <summary>The settings that hold secrets.</summary>
    public static readonly IReadOnlyList<string> SecretKeys =
    [
        "MicrosoftAppPassword", "AI:ApiKey", "DirectLine:Secret", "DirectLine:TokenSigningKey", "Email:SmtpPassword",
        "Profiles:AdminApiKey", "Qdrant:ApiKey", "Knowledge:EmbeddingApiKey", "Outreach:MarketerApiKey",
    ];

    /// <summary>The file user secrets are read from (outside the repository).</summary>
    private const string UserSecretsFile = "secrets.json";

    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = SecretKeys
            .Select(key => (Key: key, File: CommittedFile(root, key)))
            .Where(found => found.File is not null)
            .Select(found => $"{found.Key} is set in {found.File}, which is kept with the code: set it in the environment "
                + $"({found.Key.Replace(":", "__", StringComparison.Ordinal)}) or in user secrets instead, and remove it from the file.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The settings file the key's value comes from, when that is a JSON file other than user secrets.</summary>
    private static string? CommittedFile(IConfigurationRoot root, string key)
    {
        // The last provider with a value wins, as configuration reads it.
        foreach (var provider in root.Providers.Reverse())
        {
            if (!provider.TryGet(key, out var value))
            {
                continue;
            }
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }
            return provider is JsonConfigurationProvider { Source.Path: { } path } && !path.EndsWith(UserSecretsFile, StringComparison.OrdinalIgnoreCase)
                ? path
                : null;
        }
        return null;
    }
}
