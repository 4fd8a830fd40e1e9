using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Checks the Bot Framework authentication settings at start-up, so a half-configured or silently open endpoint
/// never starts. Each failure names the key to fix.
/// </summary>
public sealed class BotAuthenticationValidator(IConfiguration configuration, IHostEnvironment environment)
    : IValidateOptions<BotOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var appType = configuration["MicrosoftAppType"];
        var appId = configuration["MicrosoftAppId"];
        var password = configuration["MicrosoftAppPassword"];
        var tenantId = configuration["MicrosoftAppTenantId"];
        var failures = new List<string>();

        if (!string.IsNullOrWhiteSpace(appType) && !AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{appType}' is not one of {string.Join(", ", AppTypes)}.");
        }

        if (string.IsNullOrWhiteSpace(appId))
        {
            if (!environment.IsDevelopment() && !options.AllowUnauthenticated)
            {
                failures.Add(
                    "MicrosoftAppId is empty, which leaves /api/messages open to anyone. Set MicrosoftAppId "
                    + "(with MicrosoftAppPassword or a managed identity), or set Bot:AllowUnauthenticated=true "
                    + "to run without authentication on purpose.");
            }
            return Result(failures);
        }

        var isManagedIdentity = string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!isManagedIdentity && string.IsNullOrWhiteSpace(password))
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (unless MicrosoftAppType is UserAssignedMSI).");
        }
        var needsTenant = isManagedIdentity || string.Equals(appType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
        if (needsTenant && string.IsNullOrWhiteSpace(tenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {appType}.");
        }
        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
