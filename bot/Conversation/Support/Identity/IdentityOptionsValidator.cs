using EcomBot.Bot.Email;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>Checks what spans sections: codes sent into a pickup folder reach nobody outside Development, and a
/// signed-in-only shop needs a channel that can vouch for its shoppers.</summary>
public sealed class IdentityOptionsValidator(IHostEnvironment environment, IOptions<EmailOptions> email, IConfiguration configuration)
    : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        if (options.Mode == IdentityMode.VerifiedEmail && email.Value.Delivery == EmailDelivery.PickupFolder && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                "Identity:Mode is VerifiedEmail, but Email:Delivery is PickupFolder, which delivers no code to a customer outside "
                + "Development: set Email:Delivery to Smtp (with Email:SmtpHost), or use Identity:Mode EmailOrNameZip.");
        }
        if (options.Mode == IdentityMode.SignedIn && string.IsNullOrEmpty(configuration["DirectLine:Secret"]))
        {
            return ValidateOptionsResult.Fail(
                "Identity:Mode is SignedIn, but DirectLine:Secret is not set, so no channel can vouch for a signed-in shopper and "
                + "nobody could ever be identified: set DirectLine:Secret (the shop's back end mints each signed-in shopper's "
                + "token with it), or use Identity:Mode EmailOrNameZip or VerifiedEmail.");
        }
        return ValidateOptionsResult.Success;
    }
}
