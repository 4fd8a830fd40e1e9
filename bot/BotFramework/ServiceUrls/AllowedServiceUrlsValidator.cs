using Microsoft.Extensions.Options;

namespace EcomBot.Bot.BotFramework.ServiceUrls;

/// <summary>Fails start-up on an entry of <c>Bot:AllowedServiceUrls</c> that is not a pattern, naming it.</summary>
public sealed class AllowedServiceUrlsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var wrong = options.AllowedServiceUrls.Where(p => !string.IsNullOrWhiteSpace(p) && ServiceUrlPattern.TryParse(p) is null).ToList();
        return wrong.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Bot:AllowedServiceUrls has entries that are not http(s) URL patterns (scheme://host[:port][/path], "
                + $"host optionally starting with '*.'): {string.Join(", ", wrong.Select(w => $"'{w}'"))}.");
    }
}
